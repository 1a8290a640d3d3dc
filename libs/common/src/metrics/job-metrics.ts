import { Gauge, register } from 'prom-client';

function gauge(name: string, help: string): Gauge<string> {
  return (register.getSingleMetric(name) as Gauge<string>) ?? new Gauge({ name, help, labelNames: ['job'] });
}

/**
 * When each scheduled job last ran to the end on this replica, and how often its timer fires:
 * an alert compares the newest run over the replicas with the period (deploy/prometheus/alerts.yml).
 */
export const jobMetrics = {
  lastSuccess: gauge('civil_affairs_job_last_success_timestamp_seconds', 'Unix time the job last ran to the end on this replica'),
  period: gauge('civil_affairs_job_period_seconds', 'How often the job’s timer fires, in seconds'),
};
