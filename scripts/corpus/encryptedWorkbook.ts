/**
 * A password-protected workbook as Excel saves one: not a zip but a compound file holding an
 * EncryptionInfo stream (agile encryption, version 4.4, with its XML descriptor) and an
 * EncryptedPackage stream (the package's size, then ciphertext). The ciphertext here is
 * deterministic noise: no password opens it, which is all a reader's refusal needs.
 */
import { compoundFile } from "./compoundFile";

const DESCRIPTOR = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAECAwQFBgcICQoLDA0ODw=="/><dataIntegrity encryptedHmacKey="AAAA" encryptedHmacValue="AAAA"/><keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAECAwQFBgcICQoLDA0ODw==" encryptedVerifierHashInput="AAAA" encryptedVerifierHashValue="AAAA" encryptedKeyValue="AAAA"/></keyEncryptor></keyEncryptors></encryption>`;

function encryptionInfo(): Uint8Array {
  const xml = new TextEncoder().encode(DESCRIPTOR);
  const out = new Uint8Array(8 + xml.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 4, true);
  view.setUint16(2, 4, true);
  view.setUint32(4, 0x40, true);
  out.set(xml, 8);
  return out;
}

function encryptedPackage(plainSize: number, cipherSize: number): Uint8Array {
  const out = new Uint8Array(8 + cipherSize);
  new DataView(out.buffer).setUint32(0, plainSize, true);
  let seed = 0x2545f491;
  for (let i = 8; i < out.length; i++) {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    out[i] = seed & 0xff;
  }
  return out;
}

export function encryptedWorkbook(): Uint8Array {
  return compoundFile([
    { name: "EncryptionInfo", data: encryptionInfo() },
    { name: "EncryptedPackage", data: encryptedPackage(9_000, 9_008) },
  ]);
}
