import { type Kysely, sql } from "kysely";

/**
 * Pseudonymised register microdata (docs/REGISTER.md, column by column). Every row names the
 * import batch it came from; a batch is imported whole or not at all, and the same content (the
 * batch's hash) is imported once. Code lists are written out here, not imported: a migration is
 * history, and test/db/register-schema.test.ts checks they match src/domain/register/codes.ts.
 * No CPR number is stored: persons are known by a pseudonym only.
 */
const statements = [
  sql`create table import_batch (
    id serial primary key,
    name text not null unique check (length(name) between 1 and 200),
    imported_at timestamptz not null default now(),
    imported_by text not null,
    files jsonb not null,
    row_counts jsonb not null,
    content_hash text not null unique check (content_hash ~ '^[0-9a-f]{64}$'),
    pseudonymised boolean not null
  )`,
  sql`create table register_area (
    batch_id integer not null references import_batch (id),
    area_id text not null check (length(area_id) between 1 and 100),
    area_name text not null,
    primary key (batch_id, area_id)
  )`,
  sql`create table register_area_year (
    batch_id integer not null,
    area_id text not null,
    year integer not null check (year between 1990 and 2100),
    area_type text not null check (area_type in ('udsat', 'hoejrisiko', 'risiko', 'neutral')),
    primary key (batch_id, area_id, year),
    foreign key (batch_id, area_id) references register_area (batch_id, area_id)
  )`,
  sql`create table register_department (
    batch_id integer not null,
    department_id text not null check (length(department_id) between 1 and 100),
    area_id text not null,
    department_name text not null,
    primary key (batch_id, department_id),
    foreign key (batch_id, area_id) references register_area (batch_id, area_id)
  )`,
  sql`create table register_dwelling (
    batch_id integer not null,
    dwelling_id text not null check (length(dwelling_id) between 1 and 100),
    department_id text not null,
    primary key (batch_id, dwelling_id),
    foreign key (batch_id, department_id) references register_department (batch_id, department_id)
  )`,
  sql`create table register_household (
    batch_id integer not null references import_batch (id),
    household_id text not null check (length(household_id) between 1 and 100),
    primary key (batch_id, household_id)
  )`,
  sql`create table register_person (
    batch_id integer not null references import_batch (id),
    pseudonym text not null check (pseudonym ~ '^[A-Za-z0-9_-]{1,64}$' and pseudonym !~ '^[0-9]{6}-?[0-9]{4}$'),
    birth_year integer not null check (birth_year between 1880 and 2100),
    birth_month integer not null check (birth_month between 1 and 12),
    sex text not null check (sex in ('m', 'k')),
    origin text not null check (origin in ('dansk', 'indvandrer', 'efterkommer')),
    country_group text check (country_group in ('vestlig', 'ikke_vestlig')),
    parents_status text not null check (parents_status in ('hoej', 'mellem', 'lav', 'uden_for_arbejdsmarkedet', 'uoplyst')),
    primary key (batch_id, pseudonym),
    constraint register_person_country_group_iff_not_danish
      check ((origin = 'dansk') = (country_group is null))
  )`,
  sql`create table register_residence (
    batch_id integer not null,
    pseudonym text not null,
    dwelling_id text not null,
    household_id text not null,
    valid_from date not null,
    valid_to date,
    primary key (batch_id, pseudonym, valid_from),
    foreign key (batch_id, pseudonym) references register_person (batch_id, pseudonym),
    foreign key (batch_id, dwelling_id) references register_dwelling (batch_id, dwelling_id),
    foreign key (batch_id, household_id) references register_household (batch_id, household_id),
    constraint register_residence_ends_after_start check (valid_to is null or valid_to > valid_from)
  )`,
  sql`create index register_residence_dwelling_idx on register_residence (batch_id, dwelling_id, valid_from)`,
  sql`create table register_benefit_month (
    batch_id integer not null,
    pseudonym text not null,
    month date not null check (extract(day from month) = 1),
    benefit_code text not null check (benefit_code in (
      'kontanthjaelp', 'starthjaelp', 'introduktionsydelse', 'uddannelseshjaelp', 'integrationsydelse',
      'selvforsoergelses_og_hjemrejseydelse', 'overgangsydelse', 'foertidspension',
      'arbejdsloeshedsdagpenge', 'sygedagpenge', 'ressourceforloebsydelse', 'folkepension', 'su',
      'ledighedsydelse', 'fleksydelse', 'revalideringsydelse', 'efterloen')),
    primary key (batch_id, pseudonym, month, benefit_code),
    foreign key (batch_id, pseudonym) references register_person (batch_id, pseudonym)
  )`,
  sql`create index register_benefit_month_month_idx on register_benefit_month (batch_id, month)`,
  sql`create table register_person_year (
    batch_id integer not null,
    pseudonym text not null,
    year integer not null check (year between 1990 and 2100),
    labour_status text not null check (labour_status in
      ('beskaeftiget', 'under_uddannelse', 'ledig', 'uden_for_arbejdsstyrken', 'pensionist')),
    outside_fte numeric(5, 4) not null check (outside_fte between 0 and 1),
    education text not null check (education in ('grundskole', 'gymnasial', 'erhvervsfaglig',
      'kort_videregaaende', 'mellemlang_videregaaende', 'lang_videregaaende', 'uoplyst')),
    gross_income bigint not null,
    convictions integer not null check (convictions >= 0),
    charges integer not null check (charges >= 0),
    primary key (batch_id, pseudonym, year),
    foreign key (batch_id, pseudonym) references register_person (batch_id, pseudonym)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "register_person_year",
    "register_benefit_month",
    "register_residence",
    "register_person",
    "register_household",
    "register_dwelling",
    "register_department",
    "register_area_year",
    "register_area",
    "import_batch",
  ]) {
    await sql`drop table ${sql.table(table)}`.execute(db);
  }
}
