/**
 * A record's line as people count lines in an editor. csv-parse 7 counts a CR LF inside a quoted
 * value as two line ends (the CR, then the LF), though outside quotes it counts one: every record
 * after such a value (a line break typed in a cell of a Danish Excel file saved as CSV) would be
 * named a line too far per CR LF. The CR LFs inside a record's values are what it counted twice.
 *
 * `lines()` gives a counter for one parse: `line(fields, counted)` takes a record's values and the
 * parser's running count at the record, and gives the record's true last line; `at(counted)` the
 * true line of a parse error after the records seen.
 */
export function lines(): {
  line(fields: readonly string[], counted: number): number;
  at(counted: number): number;
} {
  let extra = 0;
  return {
    line(fields, counted) {
      for (const field of fields) {
        for (let at = field.indexOf("\r\n"); at !== -1; at = field.indexOf("\r\n", at + 2)) extra += 1;
      }
      return counted - extra;
    },
    at(counted) {
      return counted - extra;
    },
  };
}
