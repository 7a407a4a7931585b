// GOV.UK Frontend's components (error summary focus, radios, header menu): no other script.
import { initAll } from '/govuk/govuk-frontend.min.js'
initAll()
