/** Admin components of the plugin, referenced by path from the config and the import map. */
export { HiddenButton } from '../components/HiddenButton'
export { ReviewQueue } from '../components/ReviewQueue'
export { StateBadge, StateCell } from '../components/StateBadge'
export { WorkflowPanel } from '../components/WorkflowPanel'
