import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { MAP_TILE_URL } from './map.queries';

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lng: number;
  /** The place's page: its marker's popup links there. */
  href?: string | null;
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
  radius?: { lat: number; lng: number; km: number } | null;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [{ data }] = useQuery({ query: MAP_TILE_URL });
  const tileUrl = data?.mapTileUrl;
  const navigate = useNavigate();
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);
  useEffect(() => {
    if (!container.current || !tileUrl || (places.length === 0 && !radius)) return;
    const map = L.map(container.current, { scrollWheelZoom: false, keyboard: false });
    L.tileLayer(tileUrl, {
      maxZoom: 18,
      attribution: '© OpenStreetMap contributors',
    }).addTo(map);
    const bounds = L.latLngBounds([]);
    for (const place of places) {
      const marker = L.circleMarker([place.lat, place.lng], { radius: 8, className: 'map-marker' })
        .bindTooltip(place.name)
        .addTo(map);
      const href = place.href;
      if (href) {
        const link = document.createElement('a');
        link.href = href;
        link.textContent = place.name;
        link.addEventListener('click', (event) => {
          event.preventDefault();
          void navigateRef.current(href);
        });
        marker.bindPopup(link);
      }
      bounds.extend([place.lat, place.lng]);
    }
    if (radius) {
      L.circle([radius.lat, radius.lng], {
        radius: radius.km * 1000,
        className: 'map-radius',
        fill: false,
      }).addTo(map);
      // Not circle.getBounds(): that needs the map's view, which is set only by the fitBounds below.
      bounds.extend(L.latLng(radius.lat, radius.lng).toBounds(radius.km * 2000));
    }
    const fit = () => {
      map.invalidateSize();
      if (bounds.isValid()) map.fitBounds(bounds.pad(0.2), { maxZoom: 13 });
    };
    fit();
    // The container's size may settle after this effect (a grid column, a lazy chunk): measure again then.
    const frame = requestAnimationFrame(fit);
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => map.invalidateSize());
    observer?.observe(container.current);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      map.remove();
    };
  }, [tileUrl, places, radius]);
  return (
    <figure className="place-map-figure">
      <div ref={container} className="place-map" />
      <figcaption className="hint">{label}</figcaption>
    </figure>
  );
}
