namespace HydrogenSafety; internal static class Placeholder { }
