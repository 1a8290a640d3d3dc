import { PolicyService } from '@app/common/policy/policy.service';
import { Injectable } from '@nestjs/common';
import type { Child } from '../children/child.entity';
import type { ChildWelfarePolicies } from '../policy-catalogue';
import { CategoryPolicyRows } from './category-policy';
import { deriveCategories, type ChildCategory } from './rules/child-category.rule';

/** Reads the category policy in force and applies the pure category rule. */
@Injectable()
export class CategoryDeriver {
  constructor(private readonly policy: PolicyService<ChildWelfarePolicies>) {}

  async derive(child: Pick<Child, 'birthDate' | 'guardians'> & Pick<Partial<Child>, 'adoptedOn' | 'guardiansBeforeAdoption' | 'situations'>, onDate: string): Promise<ChildCategory[]> {
    const policy = await CategoryPolicyRows.load(this.policy);
    return deriveCategories(child, onDate, policy.on(onDate));
  }
}
