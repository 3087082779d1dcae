import { DomainError } from "../errors.ts";
import type { Comparator } from "./comparator.ts";
import type { IsoDate } from "./iso-date.ts";
import type { ParameterSet, ParameterValue, ScaleBracket } from "./parameter.ts";
import { parseRational, type Rational } from "./rational.ts";
import { entryOn, type ParameterUse, toParameterUse, type ValueOn, valueOn } from "./value-on.ts";

/** A threshold read from a parameter: the value, how the law compares with it, and where it came from. */
export interface Threshold {
  readonly parameterId: string;
  readonly value: Rational;
  readonly comparator: Comparator;
}

/**
 * Reads parameters on one date and remembers each one read. The remembered list is the
 * `parametersUsed` of a decision or a list: the trace is collected as the rule runs, so it
 * cannot drift from what the rule actually looked at.
 */
export class ParameterReader {
  readonly params: ParameterSet;
  readonly date: IsoDate;
  readonly #used = new Map<string, ParameterUse>();

  constructor(params: ParameterSet, date: IsoDate) {
    this.params = params;
    this.date = date;
  }

  /** The value of each parameter on the reader's one date: a classification reads them once per area. */
  readonly #values = new Map<string, ValueOn>();

  read(id: string): ValueOn {
    let found = this.#values.get(id);
    if (found === undefined) {
      found = valueOn(this.params, id, this.date);
      this.#values.set(id, found);
    }
    if (!this.#used.has(id)) this.#used.set(id, toParameterUse(found));
    return found;
  }

  /** Like `read`, but undefined (and not recorded) when the parameter has no value on the date. */
  tryRead(id: string): ValueOn | undefined {
    const parameter = this.params.parameters.get(id);
    const entry = parameter ? entryOn(parameter, this.date) : undefined;
    return entry?.value ? this.read(id) : undefined;
  }

  used(): readonly ParameterUse[] {
    return [...this.#used.values()];
  }

  number(id: string): number {
    return this.#expect(id, "number").value;
  }

  rational(id: string): Rational {
    return this.#expect(id, "rational").value;
  }

  list(id: string): readonly string[] {
    return this.#expect(id, "list").value;
  }

  boolean(id: string): boolean {
    return this.#expect(id, "boolean").value;
  }

  text(id: string): string {
    return this.#expect(id, "text").value;
  }

  scale(id: string): readonly ScaleBracket[] {
    return this.#expect(id, "scale").value;
  }

  /** One Threshold object per parameter: what is derived from a threshold is kept per object (criterion.ts). */
  readonly #thresholds = new Map<string, Threshold>();

  /** A number or share with its comparator; a threshold without a comparator is a data error. */
  threshold(id: string): Threshold {
    // Its first read recorded it in `used()`.
    const known = this.#thresholds.get(id);
    if (known !== undefined) return known;
    const threshold = this.#readThreshold(id);
    this.#thresholds.set(id, threshold);
    return threshold;
  }

  #readThreshold(id: string): Threshold {
    const { value, entry } = this.read(id);
    if (entry.comparator === undefined) {
      throw new DomainError(
        "invalid_input",
        {
          da: `Parameteren ${id} mangler comparator den ${this.date}`,
          en: `The parameter ${id} has no comparator on ${this.date}`,
        },
        [{ field: id, message: "comparator mangler", en: "comparator missing" }],
      );
    }
    const exact =
      value.kind === "rational"
        ? value.value
        : value.kind === "number"
          ? rationalFromNumber(value.value)
          : undefined;
    if (!exact) {
      throw new DomainError(
        "invalid_input",
        { da: `Parameteren ${id} er ikke en tærskel`, en: `The parameter ${id} is not a threshold` },
        [{ field: id, message: "ikke en tærskel", en: "not a threshold" }],
      );
    }
    return { parameterId: id, value: exact, comparator: entry.comparator };
  }

  #expect<K extends ParameterValue["kind"]>(id: string, kind: K): Extract<ParameterValue, { kind: K }> {
    const { value, parameter } = this.read(id);
    if (value.kind !== kind) {
      throw new DomainError(
        "invalid_input",
        {
          da: `Parameteren ${id} har enheden ${parameter.unit} og kan ikke læses som ${kind}`,
          en: `The parameter ${id} has the unit ${parameter.unit} and cannot be read as ${kind}`,
        },
        [
          {
            source: parameter.file,
            field: id,
            message: `forkert enhed ${parameter.unit}`,
            en: `wrong unit ${parameter.unit}`,
          },
        ],
      );
    }
    return value as Extract<ParameterValue, { kind: K }>;
  }
}

function rationalFromNumber(value: number): Rational {
  const exact = parseRational(value);
  if (!exact) throw new RangeError(`not a finite number: ${value}`);
  return exact;
}
