/** Server components of the plugin's admin, referenced by path from the config and the import map. */
export { WorkDashboard } from '../components/WorkDashboard'
