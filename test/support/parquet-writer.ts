/**
 * A minimal Parquet writer for tests (no Parquet writer is installed): flat schema, REQUIRED
 * columns of UTF-8 strings (BYTE_ARRAY) or 32-bit integers (INT32), PLAIN encoding, no
 * compression, one data page per column chunk, row groups of `rowGroupSize` rows. Metadata is
 * Thrift compact protocol, as the format specifies (github.com/apache/parquet-format,
 * src/main/thrift/parquet.thrift). hyparquet reading these files back is part of the tests.
 */

export interface ParquetColumn {
  readonly name: string;
  readonly type: "string" | "int32";
  readonly values: readonly (string | number)[];
}

class Thrift {
  readonly bytes: number[] = [];
  private lastField: number[] = [0];

  varint(n: number | bigint): void {
    let v = BigInt(n);
    while (v >= 0x80n) {
      this.bytes.push(Number((v & 0x7fn) | 0x80n));
      v >>= 7n;
    }
    this.bytes.push(Number(v));
  }
  zigzag(n: number): void {
    const v = BigInt(n);
    this.varint(v >= 0n ? v << 1n : (-v << 1n) - 1n);
  }
  field(id: number, type: number): void {
    const last = this.lastField[this.lastField.length - 1] as number;
    const delta = id - last;
    if (delta > 0 && delta <= 15) this.bytes.push((delta << 4) | type);
    else {
      this.bytes.push(type);
      this.zigzag(id);
    }
    this.lastField[this.lastField.length - 1] = id;
  }
  i32(id: number, n: number): void {
    this.field(id, 5);
    this.zigzag(n);
  }
  i64(id: number, n: number): void {
    this.field(id, 6);
    this.zigzag(n);
  }
  binary(id: number, text: string): void {
    this.field(id, 8);
    const b = Buffer.from(text, "utf8");
    this.varint(b.length);
    this.bytes.push(...b);
  }
  list(id: number, elementType: number, items: readonly unknown[], write: (item: never) => void): void {
    this.field(id, 9);
    if (items.length < 15) this.bytes.push((items.length << 4) | elementType);
    else {
      this.bytes.push(0xf0 | elementType);
      this.varint(items.length);
    }
    for (const item of items) write(item as never);
  }
  struct(id: number | undefined, write: () => void): void {
    if (id !== undefined) this.field(id, 12);
    this.lastField.push(0);
    write();
    this.bytes.push(0);
    this.lastField.pop();
  }
}

const PLAIN = 0;
const RLE = 3;

function plainValues(column: ParquetColumn, from: number, to: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = from; i < to; i++) {
    const value = column.values[i];
    if (column.type === "int32") {
      const b = Buffer.alloc(4);
      b.writeInt32LE(Number(value));
      parts.push(b);
    } else {
      const text = Buffer.from(String(value), "utf8");
      const length = Buffer.alloc(4);
      length.writeUInt32LE(text.length);
      parts.push(length, text);
    }
  }
  return Buffer.concat(parts);
}

export function writeParquet(columns: readonly ParquetColumn[], rowGroupSize = 1000): Uint8Array {
  const rows = columns[0]?.values.length ?? 0;
  const out: Buffer[] = [Buffer.from("PAR1")];
  let offset = 4;
  const groups: {
    rows: number;
    chunks: { column: ParquetColumn; offset: number; size: number; values: number }[];
  }[] = [];
  for (let start = 0; start < rows || (start === 0 && rows === 0); start += rowGroupSize) {
    const end = Math.min(rows, start + rowGroupSize);
    const chunks: (typeof groups)[number]["chunks"] = [];
    for (const column of columns) {
      const data = plainValues(column, start, end);
      const header = new Thrift();
      header.struct(undefined, () => {
        header.i32(1, 0); // DATA_PAGE
        header.i32(2, data.length);
        header.i32(3, data.length);
        header.struct(5, () => {
          header.i32(1, end - start);
          header.i32(2, PLAIN);
          header.i32(3, RLE);
          header.i32(4, RLE);
        });
      });
      const page = Buffer.concat([Buffer.from(header.bytes), data]);
      chunks.push({ column, offset, size: page.length, values: end - start });
      out.push(page);
      offset += page.length;
    }
    groups.push({ rows: end - start, chunks });
    if (rows === 0) break;
  }
  const meta = new Thrift();
  const physical = (c: ParquetColumn) => (c.type === "int32" ? 1 : 6);
  meta.struct(undefined, () => {
    meta.i32(1, 1);
    meta.list(2, 12, [undefined, ...columns], (c: ParquetColumn | undefined) =>
      meta.struct(undefined, () => {
        if (c === undefined) {
          meta.binary(4, "schema");
          meta.i32(5, columns.length);
        } else {
          meta.i32(1, physical(c));
          meta.i32(3, 0); // REQUIRED
          meta.binary(4, c.name);
          if (c.type === "string") meta.i32(6, 0); // UTF8
        }
      }),
    );
    meta.i64(3, rows);
    meta.list(4, 12, groups, (g: (typeof groups)[number]) =>
      meta.struct(undefined, () => {
        meta.list(1, 12, g.chunks, (chunk: (typeof g.chunks)[number]) =>
          meta.struct(undefined, () => {
            meta.i64(2, chunk.offset);
            meta.struct(3, () => {
              meta.i32(1, physical(chunk.column));
              meta.list(2, 5, [PLAIN, RLE], (e: number) => meta.zigzag(e));
              meta.list(3, 8, [chunk.column.name], (name: string) => {
                const b = Buffer.from(name, "utf8");
                meta.varint(b.length);
                meta.bytes.push(...b);
              });
              meta.i32(4, 0); // UNCOMPRESSED
              meta.i64(5, chunk.values);
              meta.i64(6, chunk.size);
              meta.i64(7, chunk.size);
              meta.i64(9, chunk.offset);
            });
          }),
        );
        meta.i64(
          2,
          g.chunks.reduce((s, c) => s + c.size, 0),
        );
        meta.i64(3, g.rows);
      }),
    );
    meta.binary(6, "udsyn test/support/parquet-writer.ts");
  });
  const footer = Buffer.from(meta.bytes);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(footer.length);
  out.push(footer, length, Buffer.from("PAR1"));
  return new Uint8Array(Buffer.concat(out));
}

/** A CSV text (comma, no quoting, as `udsyn synth` writes) as Parquet; `integers` names the INT32 columns. */
export function csvToParquet(
  text: string,
  integers: readonly string[] = [],
  rowGroupSize = 1000,
): Uint8Array {
  const [header = "", ...lines] = text.trimEnd().split("\n");
  const names = header.split(",");
  const cells = lines.map((line) => line.split(","));
  return writeParquet(
    names.map((name, i) => {
      const type = integers.includes(name) ? "int32" : "string";
      return {
        name,
        type,
        values: cells.map((row) => (type === "int32" ? Number(row[i]) : (row[i] ?? ""))),
      } as ParquetColumn;
    }),
    rowGroupSize,
  );
}
