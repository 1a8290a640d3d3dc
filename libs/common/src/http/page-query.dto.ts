// The one way a list route is paged: `?page=&pageSize=` in, `{ items, total, page, pageSize }`
// out. Offsets stay within what PostgreSQL accepts, so a silly page is a 400, never a 500.
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** 10 million rows at the largest page size: beyond any list of the bureau. */
export const MAX_PAGE = 100_000;

/** `?page=&pageSize=` of every paginated list; extend it with the list's own filters. */
export class PageQuery {
  @ApiPropertyOptional({ example: 1, default: 1, minimum: 1, maximum: MAX_PAGE, description: 'Page number, from 1.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ example: DEFAULT_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, minimum: 1, maximum: MAX_PAGE_SIZE, description: 'Items per page.' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = DEFAULT_PAGE_SIZE;
}

/** One page of a list: the items of the page and how many match over all pages. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface PageWindow {
  offset: number;
  limit: number;
}

/** OFFSET and LIMIT of a page (defaults when the query left them out). */
export function pageWindow(query: Partial<Pick<PageQuery, 'page' | 'pageSize'>>): PageWindow {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  return { offset: (page - 1) * pageSize, limit: pageSize };
}

export function pageOf<T>(items: T[], total: number, query: Partial<Pick<PageQuery, 'page' | 'pageSize'>>): Page<T> {
  return { items, total, page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE };
}

/**
 * A page cut from a list read whole: only for lists bounded by their owner (one policy key's
 * periods, one settlement's payment lines), where counting apart would cost a second read.
 */
export function pageFromList<T>(all: readonly T[], query: Partial<Pick<PageQuery, 'page' | 'pageSize'>>): Page<T> {
  const { offset, limit } = pageWindow(query);
  return pageOf(all.slice(offset, offset + limit), all.length, query);
}
