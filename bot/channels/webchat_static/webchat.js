// The web chat page's behaviour. The conversation lives in this module's memory only: nothing
// of it is written to localStorage, sessionStorage or cookies, and "Exit this page" wipes the
// screen and replaces this page in the history so Back does not return to it.
import { createAll, ExitThisPage, SkipLink, Button } from '../govuk/govuk-frontend.min.js'

const chat = document.getElementById('chat')
const log = document.getElementById('chat-log')
const form = document.getElementById('chat-form')
const input = document.getElementById('message')
const status = document.getElementById('chat-status')
const summaryButton = document.getElementById('summary-button')
const summaryCopy = document.getElementById('summary-copy')
const summaryText = document.getElementById('summary-text')
const summaryPrint = document.getElementById('summary-print')
const languageForm = document.getElementById('language-form')

const state = { session: null, lastSummary: null, busy: false }

function wipe () {
  state.session = null
  state.lastSummary = null
  log.replaceChildren()
  summaryText.textContent = ''
  summaryCopy.hidden = true
  form.reset()
  try { window.sessionStorage.clear() } catch (e) {}
  try { window.localStorage.clear() } catch (e) {}
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim()
    if (name) document.cookie = `${name}=; Max-Age=0; path=/`
  }
}

// GOV.UK's component, with its Shift-three-times handling and announcements, but leaving by
// location.replace after wiping: the library's own exit assigns location.href, which keeps
// this page in the history.
class SafeExitThisPage extends ExitThisPage {
  exitPage () {
    wipe()
    document.body.classList.add('govuk-exit-this-page-hide-content')
    window.location.replace(this.$button.href)
  }
}

async function post (url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store'
  })
  if (!response.ok) {
    const error = new Error(`HTTP ${response.status}`)
    error.status = response.status
    throw error
  }
  return response.json()
}

async function ensureSession () {
  if (!state.session) {
    state.session = (await post(chat.dataset.sessionUrl, {})).session
  }
  return state.session
}

function addMessage (who, text) {
  const item = document.createElement('div')
  item.className = `govuk-body app-chat__message app-chat__message--${who}`
  const label = document.createElement('span')
  label.className = 'govuk-visually-hidden'
  label.textContent = (who === 'user' ? chat.dataset.you : chat.dataset.assistant) + ': '
  const body = document.createElement('span')
  body.textContent = text // always text, never HTML
  body.dir = 'auto' // Roman Urdu on an Urdu page, a reporter's words in another script
  item.append(label, body)
  log.append(item)
  log.scrollTop = log.scrollHeight
  return item
}

function addChoices (choices) {
  const group = document.createElement('div')
  group.className = 'app-chat__options'
  for (const choice of choices) {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'govuk-button govuk-button--secondary'
    button.textContent = choice.title
    button.dataset.choice = choice.id
    button.addEventListener('click', () => send({ choice: choice.id }, choice.title))
    group.append(button)
  }
  log.append(group)
}

function retireChoices () {
  for (const button of log.querySelectorAll('.app-chat__options button')) {
    button.disabled = true
  }
}

function showReplies (messages) {
  for (const message of messages) {
    if (message.text) addMessage('bot', message.text)
    if (message.choices && message.choices.length) addChoices(message.choices)
    if (message.summary) {
      state.lastSummary = message.summary
      summaryButton.hidden = false
    }
  }
}

async function send (content, shownText) {
  if (state.busy || !log.isConnected) return
  state.busy = true
  retireChoices()
  addMessage('user', shownText)
  status.textContent = chat.dataset.sending
  try {
    const body = { session: await ensureSession(), ...content }
    if (chat.dataset.languageExplicit === 'true') body.language = chat.dataset.language
    const reply = await post(chat.dataset.messageUrl, body)
    status.textContent = ''
    showReplies(reply.messages || [])
  } catch (error) {
    status.textContent = ''
    addMessage('bot', error.status === 403 ? chat.dataset.expired : chat.dataset.error)
    if (error.status === 403) state.session = null
  } finally {
    state.busy = false
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const text = input.value.trim()
  if (!text || state.busy) return
  input.value = ''
  send({ message: text }, text)
  input.focus()
})

// Changing language mid-conversation keeps the conversation: the page's own texts are taken
// from the page rendered in the new language (same origin, our template; its scripts never
// run in a DOMParser document), and later messages carry the new language. Before the
// conversation starts the form simply loads the page in that language.
const TRANSLATED = ['#council-name', '#service-nav', '#page-heading', '#automated', '#emergency-numbers', '#emergency-inline',
  '#language-form', '#chat-heading', 'label[for="message"]', '#send', '#summary-button',
  '#summary-heading', '#summary-print', '#footer-text']

async function switchLanguage (lang) {
  const url = `${languageForm.action}?lang=${encodeURIComponent(lang)}`
  const response = await fetch(url, { credentials: 'omit', cache: 'no-store' })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const fresh = new DOMParser().parseFromString(await response.text(), 'text/html')
  for (const selector of TRANSLATED) {
    const from = fresh.querySelector(selector)
    const to = document.querySelector(selector)
    if (from && to) to.innerHTML = from.innerHTML
  }
  document.documentElement.lang = fresh.documentElement.lang
  document.documentElement.dir = fresh.documentElement.dir
  document.documentElement.className = fresh.documentElement.className
  document.title = fresh.title
  Object.assign(chat.dataset, fresh.getElementById('chat').dataset)
  window.history.replaceState(null, '', url)
}

languageForm.addEventListener('submit', (event) => {
  if (!state.session) return
  event.preventDefault()
  const lang = languageForm.querySelector('select').value
  switchLanguage(lang).catch(() => languageForm.submit())
})

summaryButton.addEventListener('click', () => {
  if (!state.lastSummary) return
  summaryText.textContent = state.lastSummary
  summaryCopy.hidden = false
  summaryCopy.focus()
})

summaryPrint.addEventListener('click', () => {
  document.body.classList.add('app-printing-summary')
  window.print()
})
window.addEventListener('afterprint', () => document.body.classList.remove('app-printing-summary'))

// If the browser ever restores this page from its back-forward cache, show nothing of before.
window.addEventListener('pageshow', (event) => { if (event.persisted) wipe() })

createAll(SkipLink)
createAll(Button)
createAll(SafeExitThisPage)

// Everything is wired up: a message typed from now on goes to the assistant (tests wait for
// this rather than racing the module script after a language change reloads the page).
chat.dataset.ready = 'true'
