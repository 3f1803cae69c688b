/** Reads a command's input: a file path, or `-` for standard input. Bytes, so encodings can be detected. */
import { readFile } from "node:fs/promises";

export async function readInput(file: string): Promise<Buffer> {
  if (file !== "-") return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
