/** Admin components of the plugin, referenced by path from the config and the import map. */
export { HiddenButton } from '../components/HiddenButton'
export { LocalTime, TimeSince } from '../components/LocalTime'
export { SourcePanel } from '../components/SourcePanel'
export { OutdatedBadge, OutdatedCell, StateBadge, StateCell, WorkflowStatus } from '../components/StateBadge'
export { WorkflowPanel } from '../components/WorkflowPanel'
export { VersionLanguageField } from '../components/VersionLanguageField'
export { RotateSecret } from '../components/RotateSecret'
export { ReportPanel } from '../components/ReportPanel'
