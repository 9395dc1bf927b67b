"""Wrong on purpose: raises a BaseException subclass of its own. A runtime error."""


class Done(BaseException):
    pass


raise Done("stop")
