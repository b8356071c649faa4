/* Embeds in the body editor (articles.embeds): „Einbettung einfügen“ in the toolbar, and an
   address of a known provider pasted on its own becomes an embed. The editor writes the small
   element the sanitiser keeps (articles.html); title and thumbnail are fetched when the article
   is saved (articles.oembed). An address no provider knows is inserted as a link.
   Loaded by django-prose-editor's configurable preset (settings.DJANGO_PROSE_EDITOR_EXTENSIONS). */
import { Node, Plugin, updateAttrsDialog } from "django-prose-editor/editor"

const ICON = '<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><rect x="2.5" y="4.5" width="19" height="15" rx="2" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10 9v6l5-3z" fill="currentColor"/></svg>'

function providerFor(providers, url) {
  return providers.find((provider) => provider.patterns.some((pattern) => new RegExp(pattern).test(url)))
}

function linkParagraph(url) {
  const paragraph = document.createElement("p")
  const link = document.createElement("a")
  link.href = url
  link.textContent = url
  paragraph.append(link)
  return paragraph.outerHTML
}

function stored(name) {
  return {
    default: "",
    parseHTML: (element) => element.getAttribute(name) || "",
    renderHTML: () => ({}),  // renderHTML below writes the element as a whole
  }
}

export const Embed = Node.create({
  name: "embed",
  priority: 1000,
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { providers: [] }
  },

  addAttributes() {
    return {
      provider: stored("data-provider"),
      url: stored("data-url"),
      title: stored("data-title"),
      thumbnail: stored("data-thumbnail"),
    }
  },

  parseHTML() {
    // Before the Figure extension's rule for every <figure> (priority 50).
    return [{ tag: "figure[data-url]", priority: 60 }]
  },

  renderHTML({ node }) {
    const { provider, url, title, thumbnail } = node.attrs
    const attributes = { class: "embed", "data-provider": provider, "data-url": url }
    if (title) attributes["data-title"] = title
    if (thumbnail) attributes["data-thumbnail"] = thumbnail
    return ["figure", attributes, ["a", { href: url }, title || url]]
  },

  addNodeView() {
    const providers = this.options.providers
    return ({ node }) => {
      const provider = providers.find((candidate) => candidate.key === node.attrs.provider)
      const dom = document.createElement("figure")
      dom.className = "prose-embed"
      dom.contentEditable = "false"
      dom.style.cssText = "margin:1em 0;padding:.75em 1em;border:1px dashed #767676;border-radius:4px;background:#f4f5f7"
      const label = document.createElement("strong")
      label.textContent = `Einbettung: ${provider ? provider.name : node.attrs.provider}`
      const address = document.createElement("span")
      address.style.cssText = "display:block;overflow-wrap:anywhere"
      address.textContent = node.attrs.title ? `${node.attrs.title} (${node.attrs.url})` : node.attrs.url
      dom.append(label, address)
      return { dom }
    }
  },

  addCommands() {
    return {
      insertEmbed:
        (url) =>
        ({ commands }) => {
          const provider = providerFor(this.options.providers, url)
          if (provider) {
            return commands.insertContent({ type: this.name, attrs: { provider: provider.key, url } })
          }
          return /^https?:\/\//.test(url) ? commands.insertContent(linkParagraph(url)) : false
        },
    }
  },

  addMenuItems({ buttons, menu }) {
    const names = this.options.providers.map((provider) => provider.name).join(", ")
    menu.defineItem({
      name: "embed",
      groups: "nodes",
      button: buttons.svg(ICON, "Einbettung einfügen"),
      command(editor) {
        updateAttrsDialog(
          {
            url: {
              type: "string",
              title: "Adresse des Inhalts",
              description: `Von ${names}. Andere Adressen werden ein Link.`,
              required: true,
            },
          },
          { title: "Einbettung einfügen", submitText: "Einfügen" },
        )(editor, { url: "" }).then((attrs) => {
          if (attrs && attrs.url.trim()) editor.chain().focus().insertEmbed(attrs.url.trim()).run()
        })
      },
    })
  },

  addProseMirrorPlugins() {
    const extension = this
    return [
      new Plugin({
        props: {
          // A DOM handler, ahead of the other extensions' own (the priority above).
          handleDOMEvents: {
            paste(view, event) {
              const text = ((event.clipboardData && event.clipboardData.getData("text/plain")) || "").trim()
              if (!text || /\s/.test(text) || !providerFor(extension.options.providers, text)) return false
              event.preventDefault()
              return extension.editor.commands.insertEmbed(text)
            },
          },
        },
      }),
    ]
  },
})
