// The reference data in seeds/reference/ that elderly care's API loads, checked against the same
// DTOs and rules the endpoints apply.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AddCatalogueItemsDto } from './home-care/dto/home-care.dto';
import { CATALOGUE_CATEGORIES, catalogueProblems } from './home-care/rules/catalogue.rule';
import { CreateInstitutionDto } from './institutions/dto/institution.dto';

const seed = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, '../../../seeds/reference', file), 'utf8'));
const withoutComment = (doc: Record<string, unknown>) => Object.fromEntries(Object.entries(doc).filter(([key]) => !key.startsWith('$')));
const VALIDATE = { whitelist: true, forbidNonWhitelisted: true } as const;

describe('seeds/reference/institutions.json', () => {
  const institutions = seed('institutions.json').institutions as CreateInstitutionDto[];

  it('holds the city: 15 institutions, 1,349 beds, unique codes', () => {
    expect(institutions).toHaveLength(15);
    expect(institutions.reduce((n, i) => n + i.bedCount, 0)).toBe(1349);
    expect(new Set(institutions.map((i) => i.code)).size).toBe(15);
  });

  it('is accepted by POST /api/v1/institutions, body by body', () => {
    for (const body of institutions) expect(validateSync(plainToInstance(CreateInstitutionDto, body), VALIDATE)).toEqual([]);
  });
});

describe('seeds/reference/home-care-catalogue.json', () => {
  const body = withoutComment(seed('home-care-catalogue.json'));
  const items = (body.items ?? []) as AddCatalogueItemsDto['items'];

  it('is accepted by POST /api/v1/home-care/catalogue', () => {
    expect(validateSync(plainToInstance(AddCatalogueItemsDto, body), VALIDATE)).toEqual([]);
    expect(catalogueProblems(items.map((i) => ({ ...i, effectiveTo: i.effectiveTo ?? null })), [])).toEqual([]);
  });

  it('has the ten basic services, one per basic category, and some N items', () => {
    const basic = items.filter((i) => i.basic);
    expect(basic.map((i) => i.category).sort()).toEqual(CATALOGUE_CATEGORIES.filter((c) => c !== 'OTHER').sort());
    expect(items.length).toBeGreaterThan(basic.length);
  });
});
