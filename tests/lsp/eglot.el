;;; eglot.el --- Emacs's eglot attached to `yplan lsp' by the man page's snippet.
;; Run by tests/lsp/eglot.sh: `emacs --batch -l eglot.el'. The snippet
;; (SNIPPET, extracted from man/yplan-lsp.1 as written) is loaded first, as
;; in an init.el; then a plan is opened, eglot connects, the diagnostics
;; flymake receives are printed (0-based line:character-line:character,
;; characters as Emacs counts them), and eglot shuts the server down, which
;; must not fail. Prints "FAIL ..." and exits 1 on any failure.
(require 'cl-lib)
(setq inhibit-message nil)
(defun yplan-test-fail (fmt &rest args)
  (princ (concat "FAIL " (apply #'format fmt args) "\n"))
  (kill-emacs 1))
;; The user's YAML mode: Debian's elpa-yaml-mode when installed, else a
;; stand-in of the same name (Emacs 28 has none built in).
(unless (require 'yaml-mode nil t)
  (define-derived-mode yaml-mode text-mode "YAML"))
(add-to-list 'auto-mode-alist '("\\.ya?ml\\'" . yaml-mode))
(load (getenv "SNIPPET") nil t)
(require 'eglot)
(setq eglot-sync-connect 10)
(find-file (getenv "PLAN"))
(unless (eq major-mode 'yaml-mode) (yplan-test-fail "the plan is in %s, not yaml-mode" major-mode))
(condition-case err
    (apply #'eglot (eglot--guess-contact))
  (error (yplan-test-fail "eglot did not connect: %S" err)))
(let ((server (eglot-current-server)))
  (unless server (yplan-test-fail "no server manages the plan"))
  (princ (format "server: %s\n" (plist-get (eglot--server-info server) :name)))
  (cl-loop repeat 200 until (flymake-diagnostics)
           do (accept-process-output nil 0.05))
  (let ((ds (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))
    (unless ds (yplan-test-fail "no diagnostics within 10 s"))
    (dolist (d ds)
      (let ((pos (lambda (p) (save-excursion (goto-char p)
                                             (format "%d:%d" (1- (line-number-at-pos)) (- p (line-beginning-position)))))))
        (princ (format "%s-%s %s %s\n" (funcall pos (flymake-diagnostic-beg d)) (funcall pos (flymake-diagnostic-end d))
                       (flymake-diagnostic-type d) (flymake-diagnostic-text d))))))
  ;; shutdown, then exit, both with params null, as eglot sends them.
  (let ((proc (jsonrpc--process server)))
    (condition-case err
        (eglot-shutdown server nil 5 t)  ; t: keep the stderr buffer to read
      (error (yplan-test-fail "eglot-shutdown failed: %S" err)))
    (when (process-live-p proc) (yplan-test-fail "the server is still running after shutdown and exit"))
    ;; What yplan logs starts "yplan lsp:" (Emacs adds its own "Process ... finished").
    (with-current-buffer (jsonrpc-stderr-buffer server)
      (when (string-match-p "yplan lsp:" (buffer-string))
        (yplan-test-fail "the server logged: %s" (buffer-string))))
    (princ "shut down cleanly\n")))
(kill-emacs 0)
