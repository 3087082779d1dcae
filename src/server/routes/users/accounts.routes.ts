import { z } from "zod";
import { ROLES } from "../../../domain/access.ts";
import {
  changeUserRole,
  createUser,
  listUserAccounts,
  resetUserPassword,
  setUserDisabled,
  unlockUser,
} from "../../../usecases/users/accounts.ts";
import { actorOf } from "../../access.ts";
import type { App, AppContext } from "../../context.ts";

const username = z
  .string()
  .regex(/^[a-z0-9._-]{2,64}$/, "små bogstaver, tal, punktum, bindestreg; 2-64 tegn");
const usernameParams = z.strictObject({ username });

export function userAccountRoutes(app: App, ctx: AppContext): void {
  const { useCases } = ctx;

  app.get(
    "/api/users",
    {
      config: { access: listUserAccounts.access },
      schema: {
        summary: "Brugere",
        tags: ["admin"],
        response: {
          200: z.object({
            users: z.array(
              z.object({
                id: z.number(),
                username: z.string(),
                displayName: z.string(),
                role: z.enum(ROLES),
                disabled: z.boolean(),
                lockedUntil: z.string().nullable(),
                signIn: z
                  .enum(["password", "oidc"])
                  .describe("oidc: kommunens login sætter rollen ved hvert login; den kan ikke ændres her"),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      users: (await listUserAccounts(useCases, actorOf(request), undefined)).map((u) => ({
        ...u,
        lockedUntil:
          u.lockedUntil === null || u.lockedUntil <= useCases.clock.now()
            ? null
            : u.lockedUntil.toISOString(),
      })),
    }),
  );

  app.post(
    "/api/users",
    {
      config: { access: createUser.access },
      schema: {
        summary: "Opret bruger",
        tags: ["admin"],
        body: z.strictObject({
          username,
          displayName: z.string().min(1).max(200),
          role: z.enum(ROLES),
          password: z.string().min(10).max(256),
        }),
        response: {
          201: z.object({
            id: z.number(),
            username: z.string(),
            displayName: z.string(),
            role: z.enum(ROLES),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createUser(useCases, actorOf(request), request.body)),
  );

  app.post(
    "/api/users/:username/unlock",
    {
      config: { access: unlockUser.access },
      schema: {
        summary: "Lås en bruger op efter for mange forkerte forsøg",
        tags: ["admin"],
        params: usernameParams,
        response: { 200: z.object({ username: z.string(), wasLocked: z.boolean() }) },
      },
    },
    async (request) => unlockUser(useCases, actorOf(request), request.params),
  );

  app.put(
    "/api/users/:username/disabled",
    {
      config: { access: setUserDisabled.access },
      schema: {
        summary: "Spær eller genåbn en bruger (spærring afslutter brugerens sessioner)",
        tags: ["admin"],
        params: usernameParams,
        body: z.strictObject({ disabled: z.boolean() }),
        response: {
          200: z.object({ username: z.string(), disabled: z.boolean(), sessionsEnded: z.number() }),
        },
      },
    },
    async (request) =>
      setUserDisabled(useCases, actorOf(request), {
        username: request.params.username,
        disabled: request.body.disabled,
      }),
  );

  app.put(
    "/api/users/:username/role",
    {
      config: { access: changeUserRole.access },
      schema: {
        summary: "Giv en bruger en anden rolle",
        tags: ["admin"],
        params: usernameParams,
        body: z.strictObject({ role: z.enum(ROLES) }),
        response: {
          200: z.object({ username: z.string(), role: z.enum(ROLES), previousRole: z.enum(ROLES) }),
        },
      },
    },
    async (request) =>
      changeUserRole(useCases, actorOf(request), {
        username: request.params.username,
        role: request.body.role,
      }),
  );

  app.post(
    "/api/users/:username/password",
    {
      config: { access: resetUserPassword.access },
      schema: {
        summary: "Nulstil en brugers adgangskode",
        description:
          "Danner en tilfældig adgangskode, som vises denne ene gang; brugerens sessioner afsluttes og en låsning ophæves.",
        tags: ["admin"],
        params: usernameParams,
        response: {
          200: z.object({ username: z.string(), password: z.string(), sessionsEnded: z.number() }),
        },
      },
    },
    async (request) => resetUserPassword(useCases, actorOf(request), request.params),
  );
}
