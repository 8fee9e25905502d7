-- Run in Neovim after the man page's set-up snippet (init.lua) has attached
-- `yplan lsp` to the YAML buffer: prints the clients attached, then
-- vim.diagnostic.get() (line:col-line:col severity code message, 0-based,
-- columns in bytes as Neovim keeps them). Run by tests/lsp/neovim.sh.
local buf = vim.api.nvim_get_current_buf()
local got = vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
if not got then
  io.stdout:write("no diagnostics within 10 s\n")
  vim.cmd("cquit 1")
end
local names = {}
for _, client in pairs(vim.lsp.buf_get_clients(buf)) do table.insert(names, client.name) end
io.stdout:write("filetype " .. vim.bo[buf].filetype .. ", clients: " .. table.concat(names, " ") .. "\n")
local ds = vim.diagnostic.get(buf)
table.sort(ds, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
for _, d in ipairs(ds) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
  io.stdout:write(string.format("%d:%d-%d:%d %d %s %s\n", d.lnum, d.col, d.end_lnum, d.end_col, d.severity, code, d.message))
end
vim.cmd("qall!")
