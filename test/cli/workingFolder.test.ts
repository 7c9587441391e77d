import { describe, expect, it } from "vitest";
import { workingFolder } from "../../src/cli/workingFolder";

describe("the folder relative paths lead from", () => {
  const npmRunCli = { INIT_CWD: "/home/team/plans", npm_lifecycle_event: "cli", npm_package_name: "rag-tracker" };

  it("is the folder npm was started in when npm runs our cli script (npm runs it in the checkout)", () => {
    expect(workingFolder(npmRunCli, "/opt/rag-tracker")).toBe("/home/team/plans");
  });

  it("is the current folder otherwise: the installed command, or another package's script that may have changed folder", () => {
    expect(workingFolder({}, "/home/team/plans")).toBe("/home/team/plans");
    expect(workingFolder({ ...npmRunCli, npm_package_name: "team-scripts" }, "/home/team/plans/2021")).toBe("/home/team/plans/2021");
    expect(workingFolder({ ...npmRunCli, npm_lifecycle_event: "test" }, "/opt/rag-tracker")).toBe("/opt/rag-tracker");
  });
});
