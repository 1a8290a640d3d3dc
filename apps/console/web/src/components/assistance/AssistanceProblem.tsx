import { Link } from 'react-router-dom';
import type { Problem } from '../../api/problem';
import { dibaoCasePath, tekunCasePath } from '../../app/paths';
import { t } from '../../locale/zh-CN';
import { ProblemAlert } from '../ProblemAlert';
import { problemDetails } from './problem-details';

/**
 * A social-assistance refusal: the catalogue's message, and what its extension members add (until
 * when the notice runs, open objections, the case that already covers a member).
 */
export function AssistanceProblem({ problem }: { problem: Problem | null }) {
  const details = problemDetails(problem);
  const covering = details.coveringCase;
  const description =
    details.text ??
    (covering && <Link to={covering.program === 'TEKUN' ? tekunCasePath(covering.id) : dibaoCasePath(covering.id)}>{t.cases.coveringCase}</Link>);
  return <ProblemAlert problem={problem} description={description} />;
}
