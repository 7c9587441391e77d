/** Webpack emits an imported .xlsx as a file and gives its address (asset/resource). */
declare module "*.xlsx" {
  const url: string;
  export default url;
}
