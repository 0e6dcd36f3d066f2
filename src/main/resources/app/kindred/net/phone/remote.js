// The phone remote's page: signs in with the facilitator PIN, then asks the console for the room's
// state twice a second and sends start, pause, resume, +1 min and next. Time comes from the console; this
// script keeps no clock of its own. Served from the jar, nothing from the internet.
(() => {
  'use strict';
  const POLL_MS = 500;
  const words = JSON.parse(document.getElementById('words').textContent);
  const $ = (id) => document.getElementById(id);
  let csrf = null;
  let polling = null;

  const fill = (text, ...args) => text.replace(/\{(\d)\}/g, (m, i) => String(args[Number(i)]));

  function clock(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = String(seconds % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
  }

  function show(state) {
    csrf = state.csrf;
    $('signin').hidden = true;
    $('remote').hidden = false;
    const pill = $('status');
    pill.hidden = false;
    pill.className = 'pill ' + state.status;
    pill.textContent = words['status.' + state.status] || state.status;
    $('time').textContent = clock(state.secondsLeft);
    $('time').parentElement.classList.toggle('paused', state.paused || state.status === 'time_out');
    const item = fill(state.isBreak ? words.break : words.item, state.item, state.items);
    $('where').textContent = state.isBreak ? item : item + ' \u00b7 ' + fill(words.step, state.step, state.steps);
    // One large button: Start before the programme, Resume while paused, else Pause.
    $('start').hidden = !state.can.start;
    $('resume').hidden = state.can.start || !state.can.resume;
    $('pause').hidden = state.can.start || state.can.resume;
    $('start').disabled = !state.can.start;
    $('pause').disabled = !state.can.pause;
    $('resume').disabled = !state.can.resume;
    $('extend').disabled = !state.can.extend;
    $('next').disabled = !state.can.next;
    document.body.dataset.status = state.status;
    document.body.dataset.step = String(state.step);
    if ($('message').textContent === words.offline) {
      $('message').textContent = '';
    }
  }

  function signedOut(message) {
    csrf = null;
    stopPolling();
    $('remote').hidden = true;
    $('status').hidden = true;
    $('signin').hidden = false;
    $('signinMessage').textContent = message || '';
    document.body.dataset.status = 'signedOut';
    $('pin').focus();
  }

  function startPolling() {
    if (polling === null) {
      polling = setInterval(poll, POLL_MS);
    }
  }

  function stopPolling() {
    if (polling !== null) {
      clearInterval(polling);
      polling = null;
    }
  }

  async function poll(first) {
    try {
      const r = await fetch('/api/state', { cache: 'no-store', credentials: 'same-origin' });
      if (r.status === 401) {
        signedOut(first === true ? '' : words.expired);
        return;
      }
      if (!r.ok) {
        throw new Error(String(r.status));
      }
      show(await r.json());
      startPolling();
    } catch (e) {
      $('message').textContent = words.offline;
    }
  }

  async function signIn(event) {
    event.preventDefault();
    const pin = $('pin').value;
    $('pin').value = '';
    $('signinButton').disabled = true;
    try {
      const r = await fetch('/api/signin', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ pin }).toString(),
      });
      const answer = await r.json();
      if (r.ok) {
        $('signinMessage').textContent = '';
        $('message').textContent = '';
        show(answer);
        startPolling();
      } else if (answer.error === 'wrong') {
        signedOut(fill(words.wrong, answer.left));
      } else if (answer.error === 'locked') {
        signedOut(fill(words.locked, Math.ceil(answer.seconds / 60)));
      } else if (answer.error === 'noPin') {
        signedOut(words.noPin);
      } else {
        signedOut(words.offline);
      }
    } catch (e) {
      signedOut(words.offline);
    } finally {
      $('signinButton').disabled = false;
    }
  }

  async function command(name) {
    if (csrf === null) {
      return;
    }
    try {
      const r = await fetch('/api/command/' + name, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-Kindred-CSRF': csrf },
      });
      if (r.status === 403 || r.status === 401) {
        signedOut(words.expired);
        return;
      }
      const state = await r.json();
      show(state);
      $('message').textContent = r.status === 409 ? words.notNow : '';
      if (r.status === 409) {
        setTimeout(() => {
          if ($('message').textContent === words.notNow) {
            $('message').textContent = '';
          }
        }, 4000);
      }
    } catch (e) {
      $('message').textContent = words.offline;
    }
  }

  async function signOut() {
    if (csrf !== null) {
      try {
        await fetch('/api/signout', { method: 'POST', credentials: 'same-origin', headers: { 'X-Kindred-CSRF': csrf } });
      } catch (e) {
        // signed out here either way; the session ends on its own
      }
    }
    signedOut('');
  }

  $('signin').addEventListener('submit', signIn);
  for (const name of ['start', 'pause', 'resume', 'extend', 'next']) {
    $(name).addEventListener('click', () => command(name));
  }
  $('signout').addEventListener('click', signOut);
  poll(true);
})();
