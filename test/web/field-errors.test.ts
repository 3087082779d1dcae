import { describe, expect, it } from "vitest";
import { ApiError } from "../../web/src/api.ts";
import { fieldErrorLookup, fieldPath, isFieldAt } from "../../web/src/fieldErrors.ts";

describe("field errors from the API's details", () => {
  const refusal = new ApiError(400, "invalid_input", "2 felter skal rettes.", [
    { field: "body.application.areaId", message: "Udfyld feltet." },
    { field: "body.application.household.applicant.pseudonym", message: "Skriv mindst 2 tegn." },
    { field: "body.application.household.spouse.pseudonym", message: "Udfyld feltet." },
    { source: "fil.csv", row: 3, field: "areaId", message: "ukendt område" },
  ]);
  const errorFor = fieldErrorLookup(refusal);

  it("gives a field the message of the value its name ends the path of", () => {
    expect(errorFor("areaId")).toBe("Udfyld feltet.");
    expect(errorFor("application.areaId")).toBe("Udfyld feltet.");
    expect(errorFor("applicant.pseudonym")).toBe("Skriv mindst 2 tegn.");
    expect(errorFor("spouse.pseudonym")).toBe("Udfyld feltet.");
  });

  it("does not match a part of a name, a row of a file, or a field without a name", () => {
    expect(errorFor("Id")).toBeUndefined();
    expect(errorFor("household")).toBeUndefined();
    expect(errorFor(undefined)).toBeUndefined();
    // The CSV row's detail is about a file's row, not the form's field of that name.
    const rowOnly = refusal.details.filter((d) => d.row !== undefined);
    expect(fieldErrorLookup(new ApiError(400, "x", "y", rowOnly))("areaId")).toBeUndefined();
  });

  it("gives nothing for an error that is not the API's", () => {
    expect(fieldErrorLookup(new Error("net"))("areaId")).toBeUndefined();
    expect(fieldErrorLookup(undefined)("areaId")).toBeUndefined();
  });

  it("names a detail without the part of the request it came in", () => {
    expect(fieldPath("body.rows[2].amount")).toBe("rows[2].amount");
    expect(fieldPath("querystring.date")).toBe("date");
    expect(isFieldAt("amount", "body.rows[2].amount")).toBe(true);
    expect(isFieldAt("bodyText", "body.bodyText")).toBe(true);
  });
});
