// Enhances the chat page when JavaScript runs: replies appear in place, without reloading.
// Without JavaScript the same forms post to the server and the page is rendered again.
import { initAll } from '/govuk-frontend/govuk-frontend.min.js'

initAll()

const printButton = document.querySelector('.app-print-button')
if (printButton) {
  printButton.hidden = false
  printButton.addEventListener('click', () => window.print())
}

// An answer from this app saying why a message was not sent (as opposed to a network failure).
class Refused extends Error {}

const chatForm = document.getElementById('chat-form')
if (chatForm) {
  enhanceChat(chatForm)
}

function enhanceChat (form) {
  const messages = document.getElementById('chat-messages')
  const input = document.getElementById('message')
  const typing = document.getElementById('chat-typing')
  const quickReplies = document.getElementById('chat-quick-replies')
  const errorBox = document.getElementById('chat-error')
  const statusBox = document.getElementById('handoff-status')
  const person = document.getElementById('chat-person')
  let busy = false
  let updates = null

  if (form.dataset.live === 'true') startUpdates(form.dataset.cursor)

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    send(input.value, input.value, false)
  })

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault()
      send(input.value, input.value, false)
    }
  })

  if (person) {
    person.addEventListener('submit', (event) => {
      event.preventDefault()
      const button = person.querySelector('button')
      send(button.value, button.textContent.trim(), true)
    })
  }

  quickReplies.addEventListener('click', (event) => {
    const button = event.target.closest('button[name="message"]')
    if (!button) return
    event.preventDefault()
    send(button.value, button.textContent.trim(), true)
  })

  messages.addEventListener('submit', (event) => {
    const feedbackForm = event.target.closest('.app-feedback__form')
    if (!feedbackForm) return
    event.preventDefault()
    sendFeedback(feedbackForm, event.submitter)
  })

  async function send (message, shown, fromQuickReply) {
    if (busy) return
    busy = true
    clearError()
    const earlierQuickReplies = quickReplies.innerHTML
    const bubble = parentBubble(shown)
    if (message.trim()) messages.appendChild(bubble)
    if (!fromQuickReply) setInput('')
    quickReplies.innerHTML = ''
    typing.hidden = false
    try {
      const response = await fetch(form.dataset.api, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          'X-CSRF-Token': form.dataset.csrf
        },
        body: JSON.stringify({ message })
      })
      const data = await response.json().catch(() => ({}))
      if (!response.ok || typeof data.html !== 'string') throw new Refused(data.error || form.dataset.networkError)
      addReplies(data.html)
      quickReplies.innerHTML = data.quickReplies
      statusBox.innerHTML = data.status
      if (data.live) startUpdates(data.cursor)
    } catch (error) {
      bubble.remove()
      quickReplies.innerHTML = earlierQuickReplies
      if (!fromQuickReply) setInput(message)
      showError(error instanceof Refused ? error.message : form.dataset.networkError)
    } finally {
      typing.hidden = true
      busy = false
      if (fromQuickReply || document.activeElement === document.body) input.focus()
    }
  }

  // While a person is handling the conversation, their messages are pushed to the page.
  function startUpdates (cursor) {
    if (updates || !window.EventSource) return
    if (person) person.hidden = true
    updates = new EventSource(`${form.dataset.updates}?after=${cursor}`)
    updates.addEventListener('update', (event) => {
      const data = JSON.parse(event.data)
      if (data.html) addReplies(data.html)
      statusBox.innerHTML = data.status
      if (!data.live) {
        quickReplies.innerHTML = data.quickReplies
        if (person) person.hidden = false
        updates.close()
        updates = null
      }
    })
  }

  function addReplies (html) {
    const template = document.createElement('template')
    template.innerHTML = html
    for (const feedback of template.content.querySelectorAll('[data-feedback-topic]')) {
      const old = document.getElementById(`feedback-${feedback.dataset.feedbackTopic}`)
      if (old) old.remove()
    }
    const latest = document.getElementById('chat-latest')
    if (latest) {
      latest.removeAttribute('id')
      latest.removeAttribute('tabindex')
    }
    messages.appendChild(template.content)
  }

  async function sendFeedback (feedbackForm, submitter) {
    const body = new URLSearchParams(new FormData(feedbackForm))
    if (submitter) body.set('helpful', submitter.value)
    let text
    try {
      const response = await fetch(feedbackForm.action, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        body
      })
      const data = await response.json()
      text = data.message || data.error
    } catch (error) {
      text = form.dataset.networkError
    }
    const thanks = document.createElement('p')
    thanks.className = 'govuk-body-s app-feedback__thanks'
    thanks.tabIndex = -1
    thanks.textContent = text
    feedbackForm.replaceWith(thanks)
    thanks.focus()
  }

  function parentBubble (text) {
    const item = document.createElement('li')
    item.className = 'app-chat__message app-chat__message--parent'
    const label = document.createElement('span')
    label.className = 'govuk-visually-hidden'
    label.textContent = messages.dataset.youSaid
    const bubble = document.createElement('div')
    bubble.className = 'app-chat__bubble'
    const paragraph = document.createElement('p')
    paragraph.className = 'govuk-body'
    paragraph.textContent = text
    bubble.appendChild(paragraph)
    item.append(label, bubble)
    return item
  }

  function setInput (value) {
    input.value = value
    input.dispatchEvent(new Event('input'))
    input.dispatchEvent(new Event('keyup'))
  }

  function showError (text) {
    errorBox.textContent = text
    errorBox.hidden = false
    input.classList.add('govuk-textarea--error')
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} chat-error`.trim())
  }

  function clearError () {
    errorBox.hidden = true
    errorBox.textContent = ''
    input.classList.remove('govuk-textarea--error')
    const described = (input.getAttribute('aria-describedby') || '').replace('chat-error', '').trim()
    if (described) input.setAttribute('aria-describedby', described)
  }
}
