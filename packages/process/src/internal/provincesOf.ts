/** The provinces an area process lies in: `provinceIds`, else the one `provinceId`. Internal. */
export function provincesOf(settings: {
  readonly provinceId?: string | undefined;
  readonly provinceIds?: readonly string[] | undefined;
}): readonly string[] {
  return settings.provinceIds ?? (settings.provinceId === undefined ? [] : [settings.provinceId]);
}
