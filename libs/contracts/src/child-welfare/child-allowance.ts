import { z } from 'zod';

/** DOMAIN §5: the categories that carry the child allowance, as child-welfare names them. */
export const childAllowanceCategorySchema = z.enum(['ORPHAN', 'DE_FACTO_UNSUPPORTED']);
export type ChildAllowanceCategory = z.infer<typeof childAllowanceCategorySchema>;

/** 分散养育 dispersed (paid to the carer) or 集中养育 central (paid to the institution). */
export const childCareFormSchema = z.enum(['DISPERSED', 'CENTRAL']);
export type ChildCareForm = z.infer<typeof childCareFormSchema>;
