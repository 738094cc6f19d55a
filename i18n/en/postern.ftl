## Postern — English (the reference catalog: every other language has
## exactly these keys). Keys are kebab-case, prefixed by screen.

app-title = Postern
