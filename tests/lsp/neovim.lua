-- Neovim's built-in LSP client attached to `yplan lsp`: opens a broken plan
-- and prints vim.diagnostic.get() (line:col-line:col severity code message,
-- 0-based, columns in bytes as Neovim keeps them). Run by tests/lsp/neovim.sh.
local yplan = os.getenv("YPLAN")
local plan = os.getenv("PLAN")
vim.cmd("edit " .. vim.fn.fnameescape(plan))
local buf = vim.api.nvim_get_current_buf()
local config = { name = "yplan", cmd = { yplan, "lsp" }, root_dir = vim.fn.fnamemodify(plan, ":h") }
if vim.lsp.start then
  vim.lsp.start(config)  -- Neovim 0.8 and later
else
  local id = vim.lsp.start_client(config)  -- Neovim 0.7 (Debian 12)
  vim.lsp.buf_attach_client(buf, id)
end
local got = vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
if not got then
  io.stdout:write("no diagnostics within 10 s\n")
  vim.cmd("cquit 1")
end
local ds = vim.diagnostic.get(buf)
table.sort(ds, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(ds) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
  io.stdout:write(string.format("%d:%d-%d:%d %d %s %s\n", d.lnum, d.col, d.end_lnum, d.end_col, d.severity, code, d.message))
end
vim.cmd("qall!")
