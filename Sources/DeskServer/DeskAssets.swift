/// The desk page's stylesheet and script, served from memory.
///
/// Exists so the page needs no files beside the binary and no external fonts or CDNs. The script
/// is progressive: without it the form submits and the server renders the hits.
enum DeskAssets {
    static let css = """
        :root { --ink: #1a1a1a; --link: #0b4f8a; --mark: #ffe27a; --line: #c8ccd2; font-family: system-ui, sans-serif; }
        body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 3rem; color: var(--ink); background: #fff; line-height: 1.5; }
        a { color: var(--link); }
        a:focus, button:focus, input:focus, textarea:focus, .hit:focus-within { outline: 3px solid #d35400; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
        .brand { font-weight: 600; } .brand a { text-decoration: none; }
        form.search { display: grid; gap: .5rem; margin: 1rem 0; }
        label { font-weight: 600; }
        input[type=search] { font-size: 1.25rem; padding: .5rem; border: 2px solid #555; border-radius: 4px; width: 100%; box-sizing: border-box; }
        fieldset { border: 1px solid var(--line); border-radius: 4px; }
        fieldset label { font-weight: 400; margin-right: 1rem; }
        button { font-size: 1rem; padding: .5rem 1rem; border: 2px solid var(--link); background: var(--link); color: #fff; border-radius: 4px; cursor: pointer; justify-self: start; }
        .hint, .meta { color: #444; font-size: .95rem; }
        ol.hits { list-style: none; padding: 0; }
        .hit { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
        .hit h2 { margin: 0 0 .25rem; font-size: 1.25rem; }
        .read-aloud { font-size: 1.25rem; }
        .unsure { background: #fff4e5; border-left: 4px solid #b35900; padding: .5rem .75rem; }
        .hit.weak { border-style: dashed; background: #fafafa; }
        .hit.weak .read-aloud { font-size: 1rem; color: #333; }
        .weak-label { margin: 0; font-size: .9rem; font-weight: 600; color: #8a4500; }
        mark { background: var(--mark); color: inherit; }
        ul.refer { padding-left: 1.25rem; }
        .note { color: #444; }
        .thanks { background: #e6f4ea; padding: .5rem; border-radius: 4px; }
        textarea { width: 100%; box-sizing: border-box; font: inherit; }
        table { border-collapse: collapse; margin: .5rem 0 1.5rem; display: block; overflow-x: auto; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        th { background: #eef2f6; }
        @media print { header, form, .tools, .skip { display: none; } body { max-width: none; } }
        """

    static let script = """
        // Vägvisare desk page: results as you type, arrows between hits, Enter opens, Esc back.
        (function () {
          var input = document.getElementById('q');
          var hits = document.getElementById('hits');
          var print = document.querySelector('button.print');
          if (print) { print.hidden = false; print.addEventListener('click', function () { window.print(); }); }
          if (!input || !hits) return;
          var stored = localStorage.getItem('channel');
          if (stored) { var radio = document.querySelector('input[name=channel][value="' + stored + '"]'); if (radio) radio.checked = true; }
          document.querySelectorAll('input[name=channel]').forEach(function (radio) {
            radio.addEventListener('change', function () { localStorage.setItem('channel', radio.value); });
          });
          function channel() { var c = document.querySelector('input[name=channel]:checked'); return c ? c.value : 'contact-center'; }
          var timer = null, sequence = 0;
          input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
              var q = input.value.trim(), mine = ++sequence;
              if (!q) { hits.innerHTML = ''; return; }
              fetch('/fragment?q=' + encodeURIComponent(input.value) + '&channel=' + channel())
                .then(function (r) { return r.text(); })
                .then(function (html) { if (mine === sequence) hits.innerHTML = html; });
            }, 150);
          });
          document.addEventListener('keydown', function (e) {
            var links = Array.prototype.slice.call(hits.querySelectorAll('.hit h2 a'));
            var at = links.indexOf(document.activeElement);
            if (e.key === 'ArrowDown' && links.length) { e.preventDefault(); links[Math.min(at + 1, links.length - 1)].focus(); }
            else if (e.key === 'ArrowUp' && at >= 0) { e.preventDefault(); if (at === 0) input.focus(); else links[at - 1].focus(); }
            else if (e.key === 'Escape') { input.focus(); }
          });
        })();
        """
}
