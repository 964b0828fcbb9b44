/// The desk page's stylesheet and script, served from memory.
///
/// Exists so the page needs no files beside the binary and no external fonts or CDNs. The script
/// is progressive: without it the form submits and the server renders the hits.
enum DeskAssets {
    static let css = """
        :root { --ink: #1a1a1a; --link: #0b4f8a; --mark: #ffe27a; --line: #c8ccd2; font-family: system-ui, sans-serif; }
        body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 3rem; color: var(--ink); background: #fff; line-height: 1.4; overflow-wrap: break-word; }
        a { color: var(--link); }
        a:focus, button:focus, input:focus, textarea:focus, summary:focus, .hit:focus-within { outline: 3px solid #d35400; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        header.top { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; gap: 0 1rem; padding: .25rem 0; border-bottom: 1px solid var(--line); }
        .brand { font-weight: 600; margin: 0; } .brand a { text-decoration: none; }
        .tagline { font-weight: 400; color: #444; }
        header nav a { font-size: .95rem; }
        form.search { display: grid; gap: .25rem; margin: .5rem 0; }
        form.search .row { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .5rem; }
        label { font-weight: 600; }
        input[type=search] { font-size: 1.25rem; padding: .35rem .5rem; border: 2px solid #555; border-radius: 4px; flex: 1 1 12rem; min-width: 0; }
        details.options summary { cursor: pointer; color: #333; font-size: .95rem; }
        fieldset { border: 1px solid var(--line); border-radius: 4px; margin: .25rem 0; }
        fieldset label { font-weight: 400; margin-right: 1rem; }
        button { font-size: 1rem; padding: .4rem 1rem; border: 2px solid var(--link); background: var(--link); color: #fff; border-radius: 4px; cursor: pointer; justify-self: start; }
        .hint, .meta { color: #444; font-size: .95rem; }
        .hint { margin: .25rem 0; }
        ol.hits { list-style: none; padding: 0; margin: .25rem 0; }
        .hit { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .75rem; margin: .5rem 0; }
        .hit h2 { margin: 0; font-size: 1.2rem; }
        .hit p { margin: .25rem 0; }
        .read-aloud { font-size: 1.2rem; }
        .unsure, .corrected, .none { margin: .25rem 0; }
        .unsure { background: #fff4e5; border-left: 4px solid #b35900; padding: .25rem .75rem; }
        .hit.weak { border-style: dashed; background: #fafafa; }
        .hit.weak .read-aloud { font-size: 1rem; color: #333; }
        .weak-label { margin: 0; font-size: .9rem; font-weight: 600; color: #8a4500; }
        mark { background: var(--mark); color: inherit; }
        ul.refer { padding-left: 1.25rem; margin: .25rem 0; }
        .note { color: #444; }
        .back { margin: .25rem 0; }
        .thanks { background: #e6f4ea; padding: .5rem; border-radius: 4px; }
        textarea { width: 100%; box-sizing: border-box; font: inherit; }
        table { border-collapse: collapse; margin: .5rem 0 1.5rem; max-width: 100%; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        th { background: #eef2f6; }
        .overdue { color: #9a2a00; }
        tr.overdue td { background: #fde8d7; }
        @media (max-width: 40rem) {
          .tagline { display: none; }
          h1 { font-size: 1.5rem; }
          table.stack caption { display: block; }
          table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; }
          table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
          table.stack tr { border: 1px solid var(--line); margin: .5rem 0; }
          table.stack td { border: 0; }
          table.stack td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
        }
        body.handout { max-width: 40rem; font-size: 1.1rem; }
        @media print {
          header.top, nav, form, .tools, .skip, .back, .meta, .related { display: none; }
          body { max-width: none; }
          a { color: inherit; text-decoration: none; }
        }
        """

    static let script = """
        // Vägvisare desk page: results as you type, arrows between hits, Enter opens, Esc back.
        // Only settled searches are logged: the page posts the query to /api/searched when the
        // guide presses Enter, pauses for 1.5 s or opens a hit; the as-you-type requests are not.
        // The query and channel live in the address (#q=…&channel=…), so Back shows them again.
        (function () {
          var input = document.getElementById('q');
          var hits = document.getElementById('hits');
          var print = document.querySelector('button.print');
          if (print) { print.hidden = false; print.addEventListener('click', function () { window.print(); }); }
          if (!input) return;
          function toEnd() { var n = input.value.length; try { input.setSelectionRange(n, n); } catch (e) {} }
          if (!hits) {
            // The article page: Esc goes back to the search it was opened from.
            document.addEventListener('keydown', function (e) {
              if (e.key !== 'Escape' || (document.activeElement && document.activeElement.tagName === 'TEXTAREA')) return;
              var back = sessionStorage.getItem('search');
              if (back) { e.preventDefault(); location.href = back; } else { input.focus(); toEnd(); }
            });
            return;
          }
          var options = document.querySelector('details.options');
          var radios = document.querySelectorAll('input[name=channel]');
          function channel() { var c = document.querySelector('input[name=channel]:checked'); return c ? c.value : 'contact-center'; }
          function pick(value) { var r = document.querySelector('input[name=channel][value="' + value + '"]'); if (r) r.checked = true; }
          function showChannel() { var s = document.querySelector('.options .current'); if (s) s.textContent = ': ' + (channel() === 'library' ? 'Bibliotek' : 'Kontaktcenter'); }
          var timer = null, settling = null, sequence = 0, logged = '';
          function remember() {
            var q = input.value.trim();
            var address = q ? '/#q=' + encodeURIComponent(q) + '&channel=' + channel() : '/';
            history.replaceState(null, '', address);
            if (q) sessionStorage.setItem('search', address); else sessionStorage.removeItem('search');
          }
          function show(keepOpen) {
            var q = input.value.trim(), mine = ++sequence;
            if (!q) { hits.innerHTML = ''; if (options) options.open = true; remember(); return; }
            fetch('/fragment?q=' + encodeURIComponent(input.value) + '&channel=' + channel())
              .then(function (r) { return r.text(); })
              .then(function (html) {
                if (mine !== sequence) return;
                hits.innerHTML = html;
                if (options && !keepOpen) options.open = false;
                remember();
              });
          }
          function settle() {
            clearTimeout(settling);
            var q = input.value.trim();
            if (!q || channel() + '\\n' + q === logged) return;
            logged = channel() + '\\n' + q;
            document.documentElement.dataset.settled = q;
            var body = new URLSearchParams({ q: q, channel: channel() });
            if (navigator.sendBeacon && navigator.sendBeacon('/api/searched', body)) return;
            fetch('/api/searched', { method: 'POST', body: body, keepalive: true });
          }
          function restore() {
            // Back to a search: show it again, without logging it again.
            var state = new URLSearchParams(location.hash.slice(1));
            if (!state.get('q')) return false;
            input.value = state.get('q');
            pick(state.get('channel'));
            logged = channel() + '\\n' + input.value.trim();
            showChannel();
            show();
            return true;
          }
          window.addEventListener('hashchange', function () { restore(); toEnd(); });
          var params = new URLSearchParams(location.search);
          if (!restore()) {
            var stored = localStorage.getItem('channel');
            if (stored && !params.get('channel')) pick(stored);
            if (params.get('q')) {
              // The server searched (and logged) this one already.
              logged = channel() + '\\n' + input.value.trim();
              remember();
            }
          }
          showChannel();
          toEnd();
          radios.forEach(function (radio) {
            radio.addEventListener('change', function () {
              localStorage.setItem('channel', radio.value);
              showChannel();
              if (input.value.trim()) show(true);  // the choice stays open while it is made
            });
          });
          input.addEventListener('input', function () {
            clearTimeout(timer);
            clearTimeout(settling);
            timer = setTimeout(show, 150);
            settling = setTimeout(settle, 1500);
          });
          document.querySelector('form.search').addEventListener('submit', function (e) {
            e.preventDefault();
            clearTimeout(timer);
            show();
            settle();
            input.focus();
            toEnd();
          });
          hits.addEventListener('click', function (e) {
            if (e.target.closest && e.target.closest('a')) settle();
          });
          document.addEventListener('keydown', function (e) {
            var links = Array.prototype.slice.call(hits.querySelectorAll('.hit h2 a'));
            var at = links.indexOf(document.activeElement);
            // Only from the search box and the hits: arrows elsewhere (the channel) keep their use.
            if (document.activeElement !== input && at < 0) return;
            if (e.key === 'ArrowDown' && links.length) { e.preventDefault(); links[Math.min(at + 1, links.length - 1)].focus(); }
            else if (e.key === 'ArrowUp' && at >= 0) { e.preventDefault(); if (at === 0) { input.focus(); toEnd(); } else links[at - 1].focus(); }
            else if (e.key === 'Escape' && at >= 0) { input.focus(); toEnd(); }
          });
        })();
        """
}
