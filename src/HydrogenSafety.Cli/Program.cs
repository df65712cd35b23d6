using System.Text;
using HydrogenSafety.Cli;

if (Console.IsOutputRedirected)
{
    // Reports piped to a file or a tool are UTF-8 without a byte order mark on every platform.
    Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}

return CliApp.Run(args, Console.Out, Console.Error);
