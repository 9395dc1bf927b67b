"""Wrong on purpose: raises KeyboardInterrupt. A judge reports a runtime error."""
raise KeyboardInterrupt
