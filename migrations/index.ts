import * as migration_20261126_105941_initial from './20261126_105941_initial';
import * as migration_20261126_112845_workflow from './20261126_112845_workflow';
import * as migration_20261126_133310_publication_index from './20261126_133310_publication_index';
import * as migration_20261202_152259_security_hardening from './20261202_152259_security_hardening';
import * as migration_20261203_125222_translations_follow_approved_text from './20261203_125222_translations_follow_approved_text';
import * as migration_20261203_132910_delivery_outbox from './20261203_132910_delivery_outbox';
import * as migration_20261203_135116_pull_api from './20261203_135116_pull_api';
import * as migration_20261203_152902_delivery_claims from './20261203_152902_delivery_claims';
import * as migration_20261203_155014_plan_registers_reports from './20261203_155014_plan_registers_reports';

export const migrations = [
  {
    up: migration_20261126_105941_initial.up,
    down: migration_20261126_105941_initial.down,
    name: '20261126_105941_initial',
  },
  {
    up: migration_20261126_112845_workflow.up,
    down: migration_20261126_112845_workflow.down,
    name: '20261126_112845_workflow',
  },
  {
    up: migration_20261126_133310_publication_index.up,
    down: migration_20261126_133310_publication_index.down,
    name: '20261126_133310_publication_index',
  },
  {
    up: migration_20261202_152259_security_hardening.up,
    down: migration_20261202_152259_security_hardening.down,
    name: '20261202_152259_security_hardening',
  },
  {
    up: migration_20261203_125222_translations_follow_approved_text.up,
    down: migration_20261203_125222_translations_follow_approved_text.down,
    name: '20261203_125222_translations_follow_approved_text',
  },
  {
    up: migration_20261203_132910_delivery_outbox.up,
    down: migration_20261203_132910_delivery_outbox.down,
    name: '20261203_132910_delivery_outbox',
  },
  {
    up: migration_20261203_135116_pull_api.up,
    down: migration_20261203_135116_pull_api.down,
    name: '20261203_135116_pull_api',
  },
  {
    up: migration_20261203_152902_delivery_claims.up,
    down: migration_20261203_152902_delivery_claims.down,
    name: '20261203_152902_delivery_claims',
  },
  {
    up: migration_20261203_155014_plan_registers_reports.up,
    down: migration_20261203_155014_plan_registers_reports.down,
    name: '20261203_155014_plan_registers_reports'
  },
];
