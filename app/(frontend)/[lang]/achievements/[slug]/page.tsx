import { itemRoute } from '../../_lib/itemRoute'

export const dynamic = 'force-dynamic'

const route = itemRoute('achievement')
export const generateMetadata = route.generateMetadata
export default route.Page
