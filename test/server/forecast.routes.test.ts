import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { insertRound } from "../../src/db/policy.repository.ts";
import { forecastRound } from "../../src/domain/policy/forecast/goal-forecast.ts";
import type { App } from "../../src/server/context.ts";
import { cliActor } from "../../src/usecases/actor.ts";
import { policyDemo } from "../../src/usecases/demo/policy.demo.ts";
import { studentT } from "../../src/usecases/policy/student-t.ts";
import { addUser, type LoggedIn, login, testApp } from "../support/app.ts";
import { testDatabases } from "../support/databases.ts";
import { forecastGoalB, forecastRound2010 } from "../support/forecast-round.ts";

const URL = "/api/policy/rounds/SUD/2010/forecast";

/** Version 3: goal b's share does not move, while the assessment still says "forventes nået". */
const flat = {
  ...forecastRound2010,
  goals: forecastRound2010.goals.map((g) =>
    g.code !== "b"
      ? g
      : {
          ...forecastGoalB,
          indicators: forecastGoalB.indicators.map((t, i) =>
            i !== 0
              ? t
              : { ...t, measurements: t.measurements.map((m, k) => ({ ...m, value: 42 + (k % 2) * 0.3 })) },
          ),
        },
  ),
};

describe.each(testDatabases())("goal forecast API on $name", (testDb) => {
  let database: DatabaseHandle;
  let app: App;
  let analyst: LoggedIn;
  let committee: LoggedIn;

  beforeAll(async () => {
    database = await testDb.open();
    app = await testApp(database);
    await policyDemo.seed(database.db, cliActor());
    for (const [version, content] of [
      [2, forecastRound2010],
      [3, flat],
    ] as const) {
      await insertRound(database.db, {
        committeeCode: "SUD",
        year: 2010,
        version,
        status: "draft",
        deadline: null,
        createdFromId: null,
        content,
      });
    }
    await addUser(database, "ana", "analyst");
    await addUser(database, "udvalg", "committee");
    analyst = await login(app, "ana");
    committee = await login(app, "udvalg");
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const get = (url: string, who: LoggedIn = analyst) =>
    app.inject({ method: "GET", url, headers: who.headers });

  it("says why the seed's goals cannot be forecast, and gives no number", async () => {
    const response = await get(`${URL}?version=1`);
    expect(response.statusCode).toBe(200);
    const { forecast } = response.json();
    expect(forecast.roundDate).toBe("2010-03-04");
    const indicators = forecast.goals.flatMap((g: { indicators: unknown[] }) => g.indicators);
    expect(indicators).toHaveLength(4);
    for (const i of indicators) {
      expect(i.forecast.status).toBe("not_forecastable");
      expect(i.forecast.reason.length).toBeGreaterThan(10);
      expect(i.forecast).not.toHaveProperty("probability");
    }
    const a = forecast.goals[0].indicators[0].forecast;
    expect(a.problems.map((p: { code: string }) => p.code)).toEqual(["mixed_series", "too_few_points"]);
  });

  it("forecasts goal b on the illustrative history: the same numbers as the domain computes", async () => {
    const { forecast, version } = (await get(`${URL}?version=2`)).json();
    expect(version).toBe(2);
    const expected = forecastRound(forecastRound2010, studentT);
    expect(forecast).toEqual(JSON.parse(JSON.stringify(expected)));
    const share = forecast.goals[1].indicators[0];
    expect(share.forecast.status).toBe("forecast");
    expect(share.forecast.interval95.lower).toBeLessThan(share.forecast.interval80.lower);
    expect(share.targetLevel.level).toBeCloseTo(37.8, 10);
    expect(share.backtest).toMatchObject({
      status: "backtest",
      madeWithDataThrough: "2007",
      forPeriod: "2009",
    });
  });

  it("warns in validation when 'forventes nået' meets a flat trend, not on the rising one", async () => {
    const rules = async (version: number) =>
      (await get(`/api/policy/rounds/SUD/2010/validation?version=${version}`))
        .json()
        .findings.filter((f: { ruleId: string }) => f.ruleId === "goal.status_contradicts_forecast");
    const warnings = await rules(3);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: "warning", location: { goalCode: "b", field: "status" } });
    expect(warnings[0].message).toContain("under 5 % sandsynlighed");
    expect(await rules(2)).toEqual([]);
  });

  it("hides a draft from the committee, worded as a round that does not exist", async () => {
    expect((await get(`${URL}?version=2`, committee)).statusCode).toBe(404);
    expect((await get("/api/policy/rounds/SUD/2031/forecast")).statusCode).toBe(404);
  });
});
