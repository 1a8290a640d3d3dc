import { PolicyService } from '@app/common/policy/policy.service';
import { Injectable } from '@nestjs/common';
import type { Child } from '../children/child.entity';
import { CATEGORY_THRESHOLDS_POLICY_KEY, deriveCategories, type CategoryThresholds, type ChildCategory } from './rules/child-category.rule';

/** Reads the thresholds in force and applies the pure category rule. */
@Injectable()
export class CategoryDeriver {
  constructor(private readonly policy: PolicyService) {}

  async derive(child: Pick<Child, 'birthDate' | 'guardians'> & Pick<Partial<Child>, 'adoptedOn' | 'guardiansBeforeAdoption'>, onDate: string): Promise<ChildCategory[]> {
    const thresholds = await this.policy.valueInForce<CategoryThresholds>(CATEGORY_THRESHOLDS_POLICY_KEY, onDate);
    return deriveCategories(child, onDate, thresholds);
  }
}
