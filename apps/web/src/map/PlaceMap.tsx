import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const MAP_TILE_URL = graphql(`
  query MapTileUrl {
    mapTileUrl
  }
`);

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

/**
 * A Leaflet map of places (circle markers: plain SVG, no marker images to fetch) with an optional radius drawn
 * around a centre. Tiles come from MAP_TILE_URL; without network the tiles are missing but the markers are drawn.
 * The caption names what it shows; the page lists the same places as text.
 */
export function PlaceMap({
  places,
  label,
  radius,
}: {
  places: MapPlace[];
  label: string;
  radius?: { lat: number; lng: number; km: number };
}) {
  const container = useRef<HTMLDivElement>(null);
  const [{ data }] = useQuery({ query: MAP_TILE_URL });
  const tileUrl = data?.mapTileUrl;
  useEffect(() => {
    if (!container.current || !tileUrl || (places.length === 0 && !radius)) return;
    const map = L.map(container.current, { scrollWheelZoom: false, keyboard: false });
    L.tileLayer(tileUrl, {
      maxZoom: 18,
      attribution: '© OpenStreetMap contributors',
    }).addTo(map);
    const bounds = L.latLngBounds([]);
    for (const place of places) {
      L.circleMarker([place.lat, place.lng], { radius: 8, className: 'map-marker' })
        .bindTooltip(place.name)
        .addTo(map);
      bounds.extend([place.lat, place.lng]);
    }
    if (radius) {
      const circle = L.circle([radius.lat, radius.lng], {
        radius: radius.km * 1000,
        className: 'map-radius',
        fill: false,
      }).addTo(map);
      bounds.extend(circle.getBounds());
    }
    if (bounds.isValid()) map.fitBounds(bounds.pad(0.2), { maxZoom: 13 });
    return () => void map.remove();
  }, [tileUrl, places, radius]);
  return (
    <figure className="place-map-figure">
      <div ref={container} className="place-map" />
      <figcaption className="hint">{label}</figcaption>
    </figure>
  );
}
