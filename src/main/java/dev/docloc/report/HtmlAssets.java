package dev.docloc.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The inline style sheet and script of the HTML report, and the Content-Security-Policy that
 * allows exactly these two blocks (by hash) and nothing else: no network, no inline handlers, so
 * a hostile translation cannot run script even if escaping were ever missed.
 */
final class HtmlAssets {
    static final String CSS = """
            :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;--band:#f6f8fa;\
            --err:#b3261e;--warn:#8a5a00;--info:#0b5cad;--mark:#fff3a3}
            *{box-sizing:border-box}
            [hidden]{display:none!important}
            body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;\
            color:var(--fg);background:var(--bg)}
            header{position:sticky;top:0;z-index:1;background:var(--band);border-bottom:1px solid var(--line);\
            padding:12px 24px}
            h1{font-size:20px;margin:0 0 4px}
            h2{font-size:18px;margin:28px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line)}
            h3{font-size:15px;margin:18px 0 8px;font-weight:600}
            h3 a{font-weight:400;font-size:13px;margin-left:8px}
            main{padding:0 24px 48px}
            .totals{margin:0 0 8px;color:var(--muted)}
            .filters{display:flex;flex-wrap:wrap;gap:16px;align-items:center}
            .filters label{font-weight:600}
            .filters select{margin-left:6px;font:inherit;padding:2px 4px}
            #count{font-weight:600;margin-left:auto}
            table{width:100%;border-collapse:collapse;table-layout:fixed;margin-bottom:8px}
            th,td{border:1px solid var(--line);padding:6px 8px;vertical-align:top;text-align:left}
            th{background:var(--band);font-weight:600}
            th.meta{width:30%}
            td.text{white-space:pre-wrap;overflow-wrap:anywhere}
            .sev{display:inline-block;min-width:58px;text-align:center;border-radius:10px;padding:0 6px;\
            font-size:12px;font-weight:600;color:#fff}
            .sev-error{background:var(--err)}
            .sev-warning{background:var(--warn)}
            .sev-info{background:var(--info)}
            code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--band);\
            padding:1px 4px;border-radius:4px}
            .msg{margin:4px 0}
            .loc{color:var(--muted);font-size:12px;overflow-wrap:anywhere}
            mark{background:var(--mark);color:inherit;border-bottom:2px solid #d4a72c;padding:0 1px}
            .reason{color:var(--muted)}
            .empty{color:var(--muted);font-style:italic}
            dl.rules dt{font-weight:600;margin-top:6px}
            dl.rules dd{margin:0 0 0 16px;color:var(--muted)}
            """;

    static final String JS = """
            (function () {
              'use strict';
              var keys = ['locale', 'rule', 'severity'];
              var selects = keys.map(function (k) { return document.getElementById('filter-' + k); });
              var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
              var suppressedRows = Array.prototype.slice.call(document.querySelectorAll('tr.suppressed'));
              var count = document.getElementById('count');
              function plural(n, word) { return n + ' ' + word + (n === 1 || word === 'info' ? '' : 's'); }
              function matches(row) {
                return selects.every(function (s, k) {
                  return s.value === '' || row.getAttribute('data-' + keys[k]) === s.value;
                });
              }
              function hideEmpty(selector) {
                document.querySelectorAll(selector).forEach(function (section) {
                  section.hidden = !section.querySelector('tr.finding:not([hidden])');
                });
              }
              function apply() {
                var shown = {error: 0, warning: 0, info: 0}, total = 0;
                rows.forEach(function (row) {
                  var ok = matches(row);
                  row.hidden = !ok;
                  if (ok) { shown[row.getAttribute('data-severity')] += 1; total += 1; }
                });
                suppressedRows.forEach(function (row) { row.hidden = !matches(row); });
                hideEmpty('section.page');
                hideEmpty('section.locale');
                count.textContent = 'Showing ' + total + ' of ' + rows.length + ' findings: '
                  + plural(shown.error, 'error') + ', ' + plural(shown.warning, 'warning') + ', '
                  + plural(shown.info, 'info');
              }
              // The filters live in the URL fragment (#locale=pt-BR&severity=error) so a link can share a view.
              function fromHash() {
                var params = new URLSearchParams(location.hash.slice(1));
                selects.forEach(function (s, k) {
                  var v = params.get(keys[k]) || '';
                  s.value = Array.prototype.some.call(s.options, function (o) { return o.value === v; }) ? v : '';
                });
              }
              function toHash() {
                var params = new URLSearchParams();
                selects.forEach(function (s, k) { if (s.value !== '') { params.set(keys[k], s.value); } });
                var hash = params.toString();
                history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
              }
              selects.forEach(function (s) { s.addEventListener('change', function () { toHash(); apply(); }); });
              window.addEventListener('hashchange', function () { fromHash(); apply(); });
              fromHash();
              apply();
            })();
            """;

    /** Allows the two inline blocks above by hash; everything else, including the network, is denied. */
    static final String CSP = "default-src 'none'; script-src '" + sha256(JS) + "'; style-src '" + sha256(CSS)
            + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

    private HtmlAssets() {
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }
}
