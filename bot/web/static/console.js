// The QARO console: the queue refreshes itself, and a conversation's new messages are pushed in.
// Without JavaScript every action is a form and the pages show the latest state when reloaded.
import { initAll } from '/govuk-frontend/govuk-frontend.min.js'

initAll()

const queue = document.getElementById('staff-queue')
if (queue) {
  setInterval(async () => {
    try {
      const response = await fetch(queue.dataset.refresh, { credentials: 'same-origin' })
      if (!response.ok) return
      const data = await response.json()
      if (data.html !== queue.innerHTML) queue.innerHTML = data.html
    } catch (error) {
      // The next refresh tries again.
    }
  }, 5000)
}

const messages = document.getElementById('staff-messages')
if (messages && messages.dataset.live === 'true' && window.EventSource) {
  const status = document.getElementById('staff-status')
  const updates = new EventSource(`${messages.dataset.updates}?after=${messages.dataset.cursor}`)
  updates.addEventListener('update', (event) => {
    const data = JSON.parse(event.data)
    if (data.html) messages.insertAdjacentHTML('beforeend', data.html)
    if (data.state !== status.dataset.state) {
      updates.close()
      window.location.reload()
    }
  })
}

const replyForm = document.getElementById('staff-reply')
if (replyForm) {
  const box = document.getElementById('reply')
  replyForm.addEventListener('submit', async (event) => {
    if (!box.value.trim()) return
    event.preventDefault()
    const body = new URLSearchParams(new FormData(replyForm))
    try {
      const response = await fetch(replyForm.action, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        body
      })
      if (!response.ok) throw new Error(String(response.status))
      box.value = ''
      box.focus()
    } catch (error) {
      replyForm.submit()
    }
  })
}
