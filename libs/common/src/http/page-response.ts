// OpenAPI for Page<T>: one named schema per item type (`CaseWorkItemPage`) whose `items` are the
// item's schema, so a client generated from the document (openapi-typescript) is typed to the item.
import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty } from '@nestjs/swagger';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from './page-query.dto';

const pageTypes = new Map<Type<unknown>, Type<Page<unknown>>>();

/** The response class of a page of `item`, named `<Item>Page`; the same class for the same item. */
export function PageOf<T>(item: Type<T>): Type<Page<T>> {
  const known = pageTypes.get(item);
  if (known) return known as Type<Page<T>>;
  class PageOfItem implements Page<T> {
    items!: T[];
    total!: number;
    page!: number;
    pageSize!: number;
  }
  // Applied by hand, so without design-time types: every property names its type.
  ApiProperty({ type: () => item, isArray: true, description: 'The items of this page, in the order of the list.' })(PageOfItem.prototype, 'items');
  ApiProperty({ type: 'integer', example: 42, minimum: 0, description: 'Items matching the filters, over all pages.' })(PageOfItem.prototype, 'total');
  ApiProperty({ type: 'integer', example: 1, minimum: 1 })(PageOfItem.prototype, 'page');
  ApiProperty({ type: 'integer', example: DEFAULT_PAGE_SIZE, minimum: 1, maximum: MAX_PAGE_SIZE })(PageOfItem.prototype, 'pageSize');
  Object.defineProperty(PageOfItem, 'name', { value: `${item.name}Page` });
  pageTypes.set(item, PageOfItem as Type<Page<unknown>>);
  return PageOfItem;
}

/** `@ApiOkResponse` with the page of `item` as its typed schema. */
export function ApiPageResponse(item: Type<unknown>, description?: string): MethodDecorator & ClassDecorator {
  const page = PageOf(item);
  return applyDecorators(ApiExtraModels(item, page), ApiOkResponse({ type: page, ...(description !== undefined && { description }) }));
}
