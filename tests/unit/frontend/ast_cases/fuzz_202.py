x = with €uro
