# fish completion for yplan(1). Installed as
# share/fish/vendor_completions.d/yplan.fish. The candidates come from the
# binary itself (`yplan __complete WORDS`), so they always match its
# subcommands, options, choices and check names, and complete plan paths.
function __yplan_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    for line in (command $tokens[1] __complete $tokens[2..-1] "$current" 2>/dev/null)
        if test "$line" = ":files"
            __fish_complete_path "$current"
        else
            echo $line
        end
    end
end
complete -c yplan -f -a '(__yplan_complete)'
