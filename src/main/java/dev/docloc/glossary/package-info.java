/**
 * The terminology glossary: {@link dev.docloc.glossary.Glossary#load(java.nio.file.Path)} reads and
 * validates {@code glossary.yml}; {@link dev.docloc.glossary.TbxFormat} imports and exports TBX-Basic.
 */
package dev.docloc.glossary;
