// Resident IDs (身份证号) never travel in a URL: proxies, browser histories and access logs keep
// URLs. A route that needs one takes it in a POST body (`POST .../search` marked @SearchRead, or
// `POST /people/file`) or reads by an opaque id. Two readings hold every service to it: the
// OpenAPI document each serves (what an integrator sees) and the validation metadata of the
// @Param/@Query DTOs behind every route (what the code accepts, documented or not), the console's
// own routes included.
import 'reflect-metadata';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { Body, Controller, Get, Module, Param, Post, Query, RequestMethod } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { controllersOf } from '@app/common/auth/route-matrix';
import { IS_RESIDENT_ID, IsResidentId } from '@app/common/http/is-resident-id.decorator';
import { isValidResidentIdFormat } from '@app/common/resident-id/resident-id';
import { ConsoleModule } from '../../apps/console/src/console.module';
import { serviceDocument } from '../../scripts/openapi/documents';
import { SERVICE_MODULES } from '../../scripts/security/service-modules';

/** A parameter name that says resident ID: residentId, guardianResidentId, resident_id … */
const RESIDENT_ID_NAME = /resident_?id$/i;

interface OpenApiParameter {
  name?: string;
  in?: string;
  description?: string;
  schema?: { example?: unknown; default?: unknown; enum?: unknown[]; pattern?: string; format?: string };
  example?: unknown;
}

const looksLikeResidentId = (value: unknown): boolean => typeof value === 'string' && isValidResidentIdFormat(value.toUpperCase());

/** The path and query parameters of an OpenAPI document that carry a resident ID, as `METHOD path: in name`. */
export function residentIdParametersOf(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  const found: string[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const parameters = ((operation as { parameters?: OpenApiParameter[] }).parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
      for (const p of parameters) {
        const samples = [p.example, p.schema?.example, p.schema?.default, ...(p.schema?.enum ?? [])];
        const byName = RESIDENT_ID_NAME.test(p.name ?? '');
        const bySchema = samples.some(looksLikeResidentId) || /resident/i.test(`${p.schema?.format ?? ''}`) || /\{17\}/.test(p.schema?.pattern ?? '');
        if (byName || bySchema) found.push(`${method.toUpperCase()} ${path}: ${p.in} ${p.name}`);
      }
    }
  }
  return found;
}

/** Where @nestjs/swagger lists a DTO's documented properties (its DECORATORS constant, not exported by the package). */
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';

type Type = abstract new (...args: never[]) => unknown;

/** Whether a DTO class (its parents included) has a property named or validated as a resident ID. */
function residentIdPropertiesOf(dto: unknown): string[] {
  if (typeof dto !== 'function' || [String, Number, Boolean, Object, Array].includes(dto as never)) return [];
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto as Type, '', true, false);
  const validated = metadata.filter((m) => m.name === IS_RESIDENT_ID || getMetadataStorage().getTargetValidatorConstraints(m.constraintCls).some((c) => c.name === IS_RESIDENT_ID));
  // Every property a DTO declares, to the validator or to the OpenAPI document (':name' entries).
  const documented = ((Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, (dto as Type).prototype) ?? []) as string[]).map((entry) => entry.replace(/^:/, ''));
  const named = [...metadata.map((m) => m.propertyName), ...documented].filter((property) => RESIDENT_ID_NAME.test(property));
  return [...new Set([...validated.map((m) => m.propertyName), ...named])];
}

/** The routes under a module whose @Param or @Query takes a resident ID, as `Controller.handler: in name`. */
export function residentIdRouteArgumentsOf(rootModule: unknown): string[] {
  const found: string[] = [];
  for (const controller of controllersOf(rootModule)) {
    const proto = (controller as unknown as { prototype: Record<string, unknown> }).prototype;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const handler = proto[name];
      if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
      const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
      const types = (Reflect.getMetadata('design:paramtypes', proto, name) ?? []) as unknown[];
      for (const [key, arg] of Object.entries(args)) {
        const kind = Number(key.split(':')[0]);
        if (kind !== RouteParamtypes.PARAM && kind !== RouteParamtypes.QUERY) continue;
        const where = kind === RouteParamtypes.PARAM ? 'path' : 'query';
        const names = typeof arg.data === 'string' ? (RESIDENT_ID_NAME.test(arg.data) ? [arg.data] : []) : residentIdPropertiesOf(types[arg.index]);
        found.push(...names.map((property) => `${controller.name}.${name}: ${where} ${property}`));
      }
    }
  }
  return found;
}

describe('resident IDs stay out of URLs', () => {
  describe.each(SERVICE_MODULES)('$name', (service) => {
    it('documents no path or query parameter that is a resident ID', async () => {
      const document = await serviceDocument(service);
      expect(Object.keys(document.paths).length).toBeGreaterThan(5);
      expect(residentIdParametersOf(document as never)).toEqual([]);
    }, 60_000);

    it('takes no resident ID in a @Param or @Query of any route', () => {
      expect(residentIdRouteArgumentsOf(service.module)).toEqual([]);
    });
  });

  it('holds the console’s own routes to it too', () => {
    expect(controllersOf(ConsoleModule).length).toBeGreaterThan(3);
    expect(residentIdRouteArgumentsOf(ConsoleModule)).toEqual([]);
  });
});

// The checks themselves, on routes that break the rule in each way they look for.
class PersonQuery {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  person!: string;
}
class GuardianQuery {
  @ApiProperty({ example: 'x' })
  guardianResidentId!: string;
}
class PersonBody {
  @ApiProperty({ example: '11010519491231002X' })
  @IsResidentId()
  residentId!: string;
}

@Controller('api/v1/leaky')
class LeakyController {
  @Get(':residentId')
  byPath(@Param('residentId') residentId: string): string {
    return residentId;
  }

  @Get()
  byValidatedQuery(@Query() query: PersonQuery): string {
    return query.person;
  }

  @Get('guardians')
  byNamedQuery(@Query() query: GuardianQuery): string {
    return query.guardianResidentId;
  }

  @Post('search')
  inBody(@Body() body: PersonBody): string {
    return body.residentId;
  }
}

@Module({ controllers: [LeakyController] })
class LeakyModule {}

describe('the checks for resident IDs in URLs', () => {
  it('find a resident ID in a path, in a query validated as one, and in a query named as one, never in a body', () => {
    expect(residentIdRouteArgumentsOf(LeakyModule).sort()).toEqual([
      'LeakyController.byNamedQuery: query guardianResidentId',
      'LeakyController.byPath: path residentId',
      'LeakyController.byValidatedQuery: query person',
    ]);
  });

  it('find in an OpenAPI document the parameters named as a resident ID or whose schema is one', async () => {
    const document = await serviceDocument({ name: 'leaky', module: LeakyModule, description: 'a service that leaks' });
    expect(residentIdParametersOf(document as never).sort()).toEqual([
      'GET /api/v1/leaky/guardians: query guardianResidentId',
      'GET /api/v1/leaky/{residentId}: path residentId',
      'GET /api/v1/leaky: query person',
    ]);
  });

  it('read the route method metadata they rely on', () => {
    expect(Reflect.getMetadata(METHOD_METADATA, LeakyController.prototype.inBody)).toBe(RequestMethod.POST);
    expect(Reflect.getMetadata(PATH_METADATA, LeakyController.prototype.inBody)).toBe('search');
  });
});
