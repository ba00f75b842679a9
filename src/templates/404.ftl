<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<@layout.page title="Page not found" description="The page you asked for is not in the handbook.">
<article class="page">
  <header class="page-header">
    <h1>Page not found</h1>
    <p class="page-description">The page you asked for is not in the handbook.</p>
  </header>
  <p>It may have moved when the handbook was reorganised.
  Start again from the <a href="index.html">home page</a>, or browse <a href="tags/index.html">all tags</a>.</p>
</article>
</@layout.page>
