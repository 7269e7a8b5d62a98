import Testing

extension Tag {
    /// A test that takes seconds rather than milliseconds: it starts processes, kills them, or
    /// works through hundreds of inputs. README.md ("How it is checked") gives the command that
    /// leaves these out while iterating; `Scripts/test` runs them all.
    @Tag public static var slow: Self
}
