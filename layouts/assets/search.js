// Pagefind's default UI in Arabic, with the query and filters read from the URL.
(function () {
  const container = document.getElementById("search");
  const params = new URLSearchParams(location.search);
  const ui = new PagefindUI({
    element: container,
    bundlePath: container.dataset.bundle,
    showSubResults: false,
    translations: { placeholder: "ابحث في الأرشيف" },
  });
  const query = params.get("q");
  if (query) ui.triggerSearch(query);
})();
