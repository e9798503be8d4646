using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace OneStop.Testing;

/// <summary>Shows the server's failures (with their exceptions) in the test output, so a 500 in a test comes with its exception.</summary>
public sealed class TestProgressLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new ErrorLogger(categoryName);

    public void Dispose() { }

    private sealed class ErrorLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null || logLevel >= LogLevel.Error)
            {
                TestContext.Progress.WriteLine($"[server {logLevel}] {category}: {formatter(state, exception)}\n{exception}");
            }
        }
    }
}
